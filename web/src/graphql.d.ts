/** The page's queries live in examples/*.graphql; esbuild inlines them as text. */
declare module '*.graphql' {
  const text: string;
  // eslint-disable-next-line no-restricted-syntax -- esbuild's text loader has a default export
  export default text;
}
