// What `npm run size` compares against: lit's own runtime, as a page would load it.
export * from 'lit';
