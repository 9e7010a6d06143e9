export * from './applications';
export * from './core';
export * from './review';
export * from './throttles';
