export * from './domain/stages.js';
export * from './domain/history.js';
export * from './domain/coverage.js';
export * from './domain/burnup.js';
export * from './domain/forecast.js';
export * from './domain/capacity.js';
export * from './domain/calendar.js';
export * from './domain/mulberry32.js';
