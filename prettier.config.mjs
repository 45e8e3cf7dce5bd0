/** Prettier: `npm run format` rewrites, `npm run format:check` (part of `npm test`) fails on any file it would change. */
const config = {
  singleQuote: true,
  printWidth: 160,
  plugins: ['prettier-plugin-tailwindcss'],
  tailwindStylesheet: './app/globals.css',
};

export default config;
