export * from './registry';
export * from './detect';
