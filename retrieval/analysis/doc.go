// Package analysis knows the shape of Indonesian text: its morphology and its
// sentences.
//
//   - Stem reduces an Indonesian word to its root by confix stripping
//     (Adriani et al. 2007, with the enhancements of Arifin et al. 2009:
//     recoding of assimilated me-/pe-/be-/te- prefixes, restoring suffixes
//     and retrying when a first guess fails), checked against an embedded
//     dictionary of 29,933 root words (data/kata-dasar.txt, MIT, see
//     data/NOTICE.txt). A word it cannot reduce to a root, such as a name,
//     a number or an English word, comes back unchanged.
//   - Sentences splits text into sentences as byte spans, aware of
//     Indonesian abbreviations (dr., Jl., Letjen., dll.), initials, numbers
//     written 12.000 or 3,5, dates, times, URLs, quotations and photo
//     credits such as "(Reuters/Alex Babenko)".
//   - Fold normalises text for matching (NFKC, lower case, plain quotes,
//     dashes and spaces, no zero-width characters).
//
// It imports only the standard library, golang.org/x/text and its embedded
// data. It must not import bleve, discordgo or any other Kutip package:
// the index and the bot build on it, not the other way round.
package analysis
