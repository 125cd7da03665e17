import { checkSchemaContract } from './schema-contract.js';

/** `npm run schema:breaking`: lists the breaks since the last release; exit 1 if any is undeclared. */
async function main(): Promise<void> {
  const { previous, breaks, undeclared } = await checkSchemaContract();
  console.log(
    `schema/schema.graphql against schema/release/${previous}: ${breaks.length} breaking changes`,
  );
  for (const change of breaks) {
    const mark = undeclared.includes(change) ? 'UNDECLARED' : 'declared  ';
    console.log(`  ${mark} ${change.coordinate}: ${change.description}`);
  }
  if (undeclared.length > 0) {
    console.log(
      'Declare each under "### Breaking" of the first section of CHANGELOG.md, or restore it.',
    );
    process.exitCode = 1;
  }
}

await main();
