import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
const dir = process.argv[2];
for (const t of ['unit_summary','lines','tables','findings']) await c.run(`CREATE TABLE ${t} AS SELECT * FROM read_csv('${dir}/${t}.csv')`);
const r = await c.runAndReadAll(process.argv[3]);
console.log(r.getRowObjectsJson().map(o=>JSON.stringify(o)).join('\n'));
