// Package corpus reads news articles from files and cleans them.
//
// It knows file formats and web chrome. Formats, chosen by file extension
// (case-insensitive): Markdown and plain text (.md, .markdown, .txt) with
// optional YAML front matter (id, title, source, url, published, lang);
// HTML pages (.html, .htm), whose main text and metadata are extracted with
// go-trafilatura; and JSON Lines (.jsonl, .jsonl.gz), one article a line,
// in Kutip's own shape (id, title, source, url, published, lang, text) or
// CLICK-ID's (content, date, time). Other files and hidden files and
// directories are ignored. A file or line that cannot be read is reported as
// a Problem and skipped; everything else still loads.
//
// Web chrome is what scrapers bring along with the story: share buttons,
// bylines, image captions and credits, "Baca juga" boxes, section and date
// headers, page numbers, copyright and follow-us lines. Clean removes it
// line by line with rules kept as data in clean.go.
//
// Seed is the default corpus, embedded: five Indonesian news articles about
// North Korean troops fighting for Russia, machine translations of foreign
// and Indonesian reports as scraped from Indonesian news sites, copied from
// ../shared/corpus/articles. Each has YAML front matter (id, title, source,
// published, lang) over the body exactly as scraped, web chrome included;
// seed/NOTICE says the same beside the files.
//
// corpus uses only the standard library, YAML and HTML extraction. It must
// not import bleve, retrieval or anything of Discord (discordgo, bot,
// commands): retrieval imports it.
package corpus
