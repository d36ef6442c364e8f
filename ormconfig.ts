/**
 * The TypeORM data source for the typeorm CLI (e.g. `npx typeorm-ts-node-commonjs migration:show -d ormconfig.ts`).
 * It reads the same configuration as the service.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig } from './src/config/config';
import { createDataSource } from './src/db/data-source';

export const dataSource = createDataSource(loadConfig(process.env, { dataDir: join(__dirname, 'data') }).database);
