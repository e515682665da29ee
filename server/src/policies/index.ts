import requireToken from './require-token';

export default {
  'require-token': requireToken,
};
