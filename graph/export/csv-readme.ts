/** The README.txt written beside the CSV export: what the files are and the exact neo4j-admin command that loads them. */

export interface CsvReadmeInput {
  /** The CSV file names, nodes files first (neo4j-admin wants every node before the relationships). */
  files: string[];
  arrayDelimiter: string;
  /** Name of the file holding the constraint and index statements. */
  schemaFile: string;
}

/** `--array-delimiter` as neo4j-admin takes it: printable characters as themselves, others as U+XXXX. */
function delimiterOption(delimiter: string): string {
  const code = delimiter.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? `"${delimiter}"` : `"U+${code.toString(16).toUpperCase().padStart(4, '0')}"`;
}

/** The full import command, with CSV paths under `dir` (`.` when run from the export folder). */
export function importCommand(input: CsvReadmeInput, dir: string): string {
  const options = [
    '--overwrite-destination=true',
    '--id-type=string',
    '--multiline-fields=true',
    `--array-delimiter=${delimiterOption(input.arrayDelimiter)}`,
    ...input.files.filter((f) => f.startsWith('nodes-')).map((f) => `--nodes=${dir}/${f}`),
    ...input.files.filter((f) => f.startsWith('relationships-')).map((f) => `--relationships=${dir}/${f}`),
  ];
  // Since Neo4j 5.19 the database name must come before the options.
  return ['neo4j-admin database import full neo4j', ...options].join(' \\\n    ');
}

export function csvReadme(input: CsvReadmeInput): string {
  const delimiterNote =
    input.arrayDelimiter === ';'
      ? 'Lists (aliases, subMeasures, sharedTerms …) are joined with ";" (neo4j-admin\'s default array delimiter).'
      : `Some list element contains ";", so lists are joined with ${delimiterOption(input.arrayDelimiter)} instead\n` +
        '(neo4j-admin cannot escape its array delimiter); the commands below pass it.';
  return `Governance-practice knowledge graph as neo4j-admin import CSVs (written by kg export --format csv).

Files
  nodes-<Label>.csv          one per node label: id:ID, :LABEL, then the label's properties with their types
  relationships-<TYPE>.csv   one per relationship type: :START_ID, :END_ID, :TYPE, id, then its properties
  ${input.schemaFile.padEnd(26)} constraints and indexes (neo4j-admin in Community edition creates none)

Conventions
  Node ids are one global string id space (each id starts with its label, e.g. practice:…) and are stored as the
  node property "id"; relationship ids (TYPE:start->end) are the relationship property "id".
  Strings are always quoted; "" is an empty string, an unquoted empty cell is null (no property).
  ${delimiterNote}
  An empty list is written as an empty cell, so it is imported as no property (CSV import cannot tell [] from null).
  Dates are Neo4j date values; int and float become 64-bit integers and doubles (neo4j-admin --normalize-types).
  Texts contain newlines, hence --multiline-fields=true.

Import into an empty, stopped database (Neo4j 5), from this folder:
  ${importCommand(input, '.')}
Then start Neo4j and create the schema:
  cypher-shell -u neo4j -p <password> -f ${input.schemaFile}

With the project's docker compose (the database must be offline during the import):
  docker compose stop app neo4j
  docker compose run --rm --no-deps -v "$PWD/<this folder>:/import:ro" neo4j \\
    ${importCommand(input, '/import').replace(/\n/g, '\n  ')}
  docker compose up -d
  docker compose exec -T neo4j cypher-shell -u neo4j -p <password> < ${input.schemaFile}
`;
}
