/** The lifetime rule lives in shared/ (the admin form applies it too); server code keeps importing it from here. */
export * from '../../../shared/token-lifetime';
