import requireToken from './require-token';
import uploadTarget from './upload-target';

export default {
  'require-token': requireToken,
  'upload-target': uploadTarget,
};
