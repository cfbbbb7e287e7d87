// Package migrations embeds the versioned SQL migrations generated from the ent
// schema (one directory per dialect, Atlas format with an atlas.sum). New files
// come from `make migration NAME=…`; never edit an applied file.
package migrations

import "embed"

// FS holds postgres/ and sqlite/.
//
//go:embed postgres sqlite
var FS embed.FS
