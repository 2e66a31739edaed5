const { runStages } = await import(process.cwd() + "/src/extract/pipeline.ts");
const st = runStages({ id: "p", text: process.argv[2], title: "" });
st.sentences.forEach((s, i) => {
  console.log(i, s.tokens.map((t) => `${t.text}/${t.pos}`).join(" "));
  for (const m of st.mentions[i]) console.log("   ", m.first, m.last, JSON.stringify(m.text), "->", m.name, m.type, m.kind, m.rule ?? "", m.country ?? "");
});
