import * as migration_20261126_190935_initial from './20261126_190935_initial';

export const migrations = [
  {
    up: migration_20261126_190935_initial.up,
    down: migration_20261126_190935_initial.down,
    name: '20261126_190935_initial'
  },
];
