// The query of a route that checks a request without carrying it out, apart from the route table:
// the table holds the body schemas (zod), and the wizards, in the page's first load, need only this.
export const VALIDATE_ONLY = { validate: 'only' } as const;
