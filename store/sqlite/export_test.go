package sqlite

// Schema returns the SQL that brings the schema from version v-1 to v.
func Schema(v int) string { return migrations[v-1] }
