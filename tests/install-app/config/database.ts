import path from 'path';

export default ({ env }) => ({
  connection: {
    client: 'sqlite',
    // Compiled to dist/config: the database file sits beside the app, not inside dist/.
    connection: { filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
    useNullAsDefault: true,
  },
});
