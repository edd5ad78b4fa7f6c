const fs=require('fs'); const dir='/tmp/prof'; const f=fs.readdirSync(dir)[0];
const p=JSON.parse(fs.readFileSync(dir+'/'+f)); const dt=p.timeDeltas; const idx=new Map(p.nodes.map((n)=>[n.id,n]));
const counts=new Map(); p.samples.forEach((s,i)=>counts.set(s,(counts.get(s)||0)+(dt[i]||0)));
const agg=new Map(); for (const [id,t] of counts){const n=idx.get(id); const k=n.callFrame.functionName+' '+n.callFrame.url.split('/').slice(-2).join('/')+':'+n.callFrame.lineNumber; agg.set(k,(agg.get(k)||0)+t);}
[...agg].sort((a,b)=>b[1]-a[1]).slice(0,Number(process.argv[2]||25)).forEach(([k,t])=>console.log((t/1000).toFixed(0).padStart(6),k));
