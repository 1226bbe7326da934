/** The `unspin --help` text. Keep it in step with docs/cli.md and the README section "Command line". */
import { DEFAULT_THRESHOLD } from '../options.js'

/** Help text for `unspin --help`, ending with a newline. */
export const HELP = `Usage: unspin [options] [file|folder|-]...
       unspin learn ORIGINAL SPUN [--out FILE]    (see "unspin learn --help")
       unspin update-pps EXPORT [--out FILE]      (see "unspin update-pps --help")
       unspin serve [--port N]                    (see "unspin serve --help")
       unspin worker [--redis URL]                (see "unspin worker --help")

Restore synonym-spun text: put back the words a spinner swapped and mark each change.
Reads files, folders (recursively) or stdin, and writes stdout or --out DIR.

Input
  file                  a text file; *.jsonl and *.ndjson are read as JSONL (see below)
  folder                every file in it, recursively, that matches --glob
  - or nothing          stdin (text; JSONL with --input-format jsonl)
  -g, --glob PATTERN    files to take from folders; repeatable; * ? ** [abc] {a,b};
                        a pattern without "/" matches the file name
                        (default: *.txt *.text *.md *.markdown *.jsonl *.ndjson)
      --input-format F  how files are split into documents (not their markup):
                        auto (default; *.jsonl and *.ndjson are JSONL), text
                        (a whole file is one document) or jsonl (one
                        {"id": ..., "text": "..."} object per line, each a
                        document; a missing id becomes the line number)
      --markup M        which parts of each document are prose to restore (the
                        rest is kept byte for byte): auto (default), text, html
                        or markdown. html keeps tags, attributes, entities,
                        comments and code, pre, script; markdown keeps code,
                        link URLs, front matter, HTML and syntax. auto goes by
                        file extension: .html .htm .xhtml are html, .md
                        .markdown markdown, anything else text, and so are
                        stdin and JSONL records (stdin that looks like HTML
                        or Markdown gets a warning naming --markup). Folders
                        give only --glob files: add -g '*.html' for HTML

Output
  -f, --format F        inline    text with changes as [restored <- spun, 62%] (default)
                        ansi      the text with changes coloured by confidence and
                                  the spun form dim after them, on a terminal
                                  (elsewhere the inline format; see --color)
                        text      the restored text only
                        markdown  changes as **restored** (~~spun~~, 62%)
                        html      a self-contained report page; several documents
                                  share one page with a summary of each
                        json      {name, score, text, marks, skipped, warnings}; an
                                  array for several documents
                        jsonl     one object per line: {id, text, marks, skipped, score}
      --color WHEN      colour for --format ansi: auto (default: on a terminal,
                        unless NO_COLOR is set or FORCE_COLOR says otherwise),
                        always or never
  -o, --out DIR         write one file per input into DIR, mirroring the folder
                        layout, with the format's extension (.txt .md .html .json
                        .jsonl); a JSONL input gives one output file
  Several documents on stdout are separated by "==> name <==" lines
  ("## name" for markdown; --detect listings name their document).

Restoring
  -t, --threshold N     minimum confidence for a change, 0 to 1 (default ${DEFAULT_THRESHOLD};
                        confidences are calibrated: 0.9 = right 9 times in 10)
  -d, --dict FILE       add a dictionary (.json or .tsv) after the built-in ones
                        and spinner databases; repeatable, later files win on
                        the same spun form
      --spinner-db FILE
                        a spinner's synonym database (word|syn1|syn2 lines or
                        {spintax}), read in reverse; repeatable. Layered after
                        the built-ins, before --dict files; changes from it name
                        spinner-db (then spinner-db-2, ...) as their source
      --detect          do not rewrite: list each document's suspects (applied
                        and skipped candidates) with its spin score; the html
                        report opens on the spun text
      --fail-on-spin N  exit 1 if any document's spin score is above N (0 to 1);
                        0 fails on any suspect (as --detect lists them), even
                        one below the score's 0.9; output is written as usual
  -j, --jobs N          worker threads at most (default 1; "auto" = one per
                        core); never more than cores, documents, or one per
                        MiB of a batch of files, text or JSONL (each thread
                        takes about a second to start); output order is kept

Spin score
  0 to 1, from the confident swaps (confidence >= 0.9) per 1,000 words, counted
  over at least 200 words: about 0.46 at 5 per 1,000, 0.71 at 10. Verdict: spun
  from 0.6, clean below 0.25, else uncertain (the same figure as detectSpin).

Learning a dictionary
  unspin learn ORIGINAL SPUN   learn the swaps from a text and its spun copy
  unspin learn PAIRS.jsonl     ... or from {"original": ..., "spun": ...} lines
                        writes a JSON dictionary for --dict to stdout or
                        --out FILE; options --min-support N, --prior P, --name;
                        see "unspin learn --help". (For an input file named
                        "learn", "update-pps", "serve" or "worker", write ./learn and so on.)
  unspin update-pps EXPORT     a newer Problematic Paper Screener export of
                        tortured phrases as a dictionary for --dict; see
                        "unspin update-pps --help"

Other
  -h, --help            show this help
  -v, --version         print the version

Exit codes
  0  done (and, with --fail-on-spin, no document above the limit)
  1  --fail-on-spin: a document scored above the limit (with 0: had a suspect)
  2  usage or input error: bad option, unreadable file, bad JSONL line,
     bad dictionary or spinner database (reported as file:line);
     wins over 1
  3  internal error: a bug in unspin, please report it

Examples
  echo "Peskov instructed TASS information company." | unspin
  unspin --format html story.txt > report.html
  unspin --format text --out restored/ scraped/
  unspin --format jsonl --jobs auto docs.jsonl > restored.jsonl
  unspin --detect --fail-on-spin 0.05 drafts/
  unspin --spinner-db farm-synonyms.txt --dict mine.tsv scraped/
  unspin -g '*.html' --format text --out restored/ site/
  unspin learn story.txt story-spun.txt --out learned.json
  unspin update-pps tortured-phrases-2026.csv --out pps-2026.tsv
`
