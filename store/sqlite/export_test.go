package sqlite

// Schema returns the SQL that brings the schema from version v-1 to v.
func Schema(v int) string { return migrations[v-1] }

// SetScanPage sets Scan's page size until the test ends.
func SetScanPage(t interface{ Cleanup(func()) }, n int) {
	old := scanPage
	scanPage = n
	t.Cleanup(func() { scanPage = old })
}

// SetSegmentSize sets the full-text segment size until the test ends.
func SetSegmentSize(t interface{ Cleanup(func()) }, n int64) {
	old := segmentSize
	segmentSize = n
	t.Cleanup(func() { segmentSize = old })
}
