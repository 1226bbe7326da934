/** The `unspin --help` text. Keep it in step with the README section "Command line". */

/** Help text for `unspin --help`, ending with a newline. */
export const HELP = `Usage: unspin [options] [file|folder|-]...

Restore synonym-spun text: put back the words a spinner swapped and mark each change.
Reads files, folders (recursively) or stdin, and writes stdout or --out DIR.

Input
  file                  a text file; *.jsonl and *.ndjson are read as JSONL (see below)
  folder                every file in it, recursively, that matches --glob
  - or nothing          stdin (text; JSONL with --input-format jsonl)
  -g, --glob PATTERN    files to take from folders; repeatable; * ? ** [abc] {a,b};
                        a pattern without "/" matches the file name
                        (default: *.txt *.text *.md *.markdown *.jsonl *.ndjson)
      --input-format F  auto (default), text or jsonl
                        JSONL: one {"id": ..., "text": "..."} object per line;
                        a missing id becomes the line number

Output
  -f, --format F        inline    text with changes as [restored <- spun, 62%] (default)
                        text      the restored text only
                        markdown  changes as **restored** (~~spun~~, 62%)
                        html      a self-contained report page; several documents
                                  share one page with a summary of each
                        json      {name, score, text, marks, skipped, warnings}; an
                                  array for several documents
                        jsonl     one object per line: {id, text, marks, skipped, score}
  -o, --out DIR         write one file per input into DIR, mirroring the folder
                        layout, with the format's extension (.txt .md .html .json
                        .jsonl); a JSONL input gives one output file
  Several documents on stdout are separated by "==> name <==" lines
  ("## name" for markdown; --detect listings name their document).

Restoring
  -t, --threshold N     minimum confidence for a change, 0 to 1 (default 0.5)
  -d, --dict FILE       add a dictionary (.json or .tsv) after the built-in ones;
                        repeatable, later files win on the same spun form
      --detect          do not rewrite: list each document's suspects (applied
                        and skipped candidates) with its spin score; the html
                        report opens on the spun text
      --fail-on-spin N  exit 1 if any document's spin score is above N (0 to 1;
                        0 fails on any suspect); output is written as usual
  -j, --jobs N          worker threads (default 1; "auto" = one per core);
                        output order is kept

Spin score
  0 to 1, from the confident swaps (confidence >= 0.9) per 1,000 words, counted
  over at least 200 words: about 0.46 at 5 per 1,000, 0.71 at 10. Verdict: spun
  from 0.6, clean below 0.25, else uncertain (the same figure as detectSpin).

Other
  -h, --help            show this help
  -v, --version         print the version

Exit codes
  0  done (and, with --fail-on-spin, no document above the limit)
  1  --fail-on-spin: a document scored above the limit
  2  usage or input error: bad option, unreadable file, bad JSONL line,
     bad dictionary (reported as file:line); wins over 1
  3  internal error: a bug in unspin, please report it

Examples
  echo "Peskov instructed TASS information company." | unspin
  unspin --format html story.txt > report.html
  unspin --format text --out restored/ scraped/
  unspin --format jsonl --jobs auto docs.jsonl > restored.jsonl
  unspin --detect --fail-on-spin 0.05 drafts/
`
