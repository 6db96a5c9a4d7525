// Package vocab holds the word lists that help match a user's question against
// Indonesian news text:
//
//   - chat-style Indonesian ("brp tentara korut yg dikirim?") and its standard
//     forms (Expand), and spelling variants of names and places (Variants);
//   - English questions over Indonesian articles: language detection
//     (IsEnglish), a hand-written English→Indonesian glossary of war, diplomacy,
//     numbers and dates with simple English inflection folding (Translate,
//     Translator), and FreeDict's English–Indonesian dictionary, embedded in
//     dictd format, for words the glossary lacks (FreeDict, OpenDictd);
//   - numbers written with Indonesian or English separators, as digits or as
//     words, with multipliers such as "ribu" and "juta" (ParseNumber,
//     CanonicalNumber);
//   - question words in Indonesian, English and chat forms, and the kind of
//     answer they ask for (QuestionType).
//
// All tables are built once from files embedded from data/, and every lookup is
// a map access; functions are safe on any input (invalid UTF-8, very long
// strings) and deterministic. Returned slices are fresh copies the caller may
// modify.
//
// vocab imports only the standard library, golang.org/x/text and its embedded
// data. It must never import bleve, discordgo, or other project packages: the
// query builder and the bleve analyzer call into it, not the other way round.
package vocab
