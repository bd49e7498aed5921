package postgres

// SchemaVersion is the schema version this package migrates to.
var SchemaVersion = len(migrations)

// SetScanPage sets Scan's page size until the test ends.
func SetScanPage(t interface{ Cleanup(func()) }, n int) {
	old := scanPage
	scanPage = n
	t.Cleanup(func() { scanPage = old })
}
