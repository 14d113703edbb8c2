import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
function files(d: string): string[] { return readdirSync(d,{withFileTypes:true}).flatMap(e=>{const f=path.join(d,e.name); if(e.isDirectory()) return e.name==="generated"?[]:files(f); return e.name.endsWith(".ts")?[f]:[];}); }
for (const f of files(process.argv[2] ?? "src")) {
  const text = readFileSync(f,"utf8"); const sf = ts.createSourceFile(f,text,ts.ScriptTarget.Latest,true);
  const visit = (n: ts.Node) => { if (ts.isAsExpression(n) && n.type.getText(sf) !== "const") { const {line} = sf.getLineAndCharacterOfPosition(n.getStart(sf)); const prev = text.split("\n")[line-1]?.trim() ?? ""; const cur = text.split("\n")[line].trim(); const commented = /\/\/|\*/.test(prev.slice(0,3)) || cur.includes("//"); console.log(`${f}:${line+1}: ${commented?"C":"-"} as ${n.type.getText(sf)}   | ${cur.slice(0,110)}`);} ts.forEachChild(n, visit); };
  visit(sf);
}
