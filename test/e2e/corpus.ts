/** A small corpus in every input format, written for these tests. */
import { SAMPLE_SENTENCES, writeTree } from './helpers';

const TOWNS = ['Arvel', 'Dorn', 'Kessa', 'Lumo', 'Perin', 'Tavak', 'Ostra', 'Bel Hanu'];

export function articleText(i: number): string {
  const town = TOWNS[i % TOWNS.length];
  const a = SAMPLE_SENTENCES[i % SAMPLE_SENTENCES.length].replace(/Arvel|Dorn|Kessa/, town);
  const b = SAMPLE_SENTENCES[(i + 2) % SAMPLE_SENTENCES.length];
  return `${town}, March ${(i % 27) + 1}, 2021\n\n${a}\n${b}\n`;
}

/** Writes `n` articles spread over txt, md, html, json and jsonl files in nested folders; returns the article count. */
export function writeMixedCorpus(root: string, n: number): number {
  const files: Record<string, string> = {};
  const jsonl: string[] = [];
  const jsonArray: object[] = [];
  for (let i = 0; i < n; i++) {
    const text = articleText(i);
    switch (i % 5) {
      case 0:
        files[`text/${String(i).padStart(3, '0')}.txt`] = text;
        break;
      case 1:
        files[`notes/deeper/${i}.md`] = `# Report ${i}\n\n${text}`;
        break;
      case 2:
        files[`web/${i}.html`] = `<html><head><title>Report ${i}</title><script>var a = "${i}";</script></head>`
          + `<body><nav>Menu</nav>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;
        break;
      case 3:
        jsonl.push(JSON.stringify({ id: `feed-${i}`, published: `2021-03-${String((i % 27) + 1).padStart(2, '0')}`, text }));
        break;
      default:
        jsonArray.push({ id: `arr-${i}`, date: '2021-04-01', title: `Report ${i}`, text });
    }
  }
  files['feeds/feed.jsonl'] = `${jsonl.join('\n')}\n`;
  files['feeds/batch.json'] = JSON.stringify(jsonArray);
  writeTree(root, files);
  return n;
}
