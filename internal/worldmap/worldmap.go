package worldmap

import (
	_ "embed"
	"fmt"
	"math"
	"sync"
)

// DataVersion names the embedded boundaries (see data/ATTRIBUTION.md).
const DataVersion = "world-atlas@2.0.2 countries-50m.json (Natural Earth 4.1.0 Admin 0, 1:50m)"

//go:embed data/countries-50m.json
var countriesJSON []byte

var (
	worldOnce sync.Once
	world     []country
	worldErr  error
)

// countries returns the decoded countries, decoding them on first use
// (about 50 ms) and sharing them afterwards.
func countries() ([]country, error) {
	worldOnce.Do(func() {
		world, worldErr = decodeTopo(countriesJSON, "countries")
		if worldErr != nil {
			worldErr = fmt.Errorf("worldmap: embedded %s: %w", DataVersion, worldErr)
		}
	})
	return world, worldErr
}

// Contains returns the English (Natural Earth) name of the country whose
// boundary contains the point, such as "Syria" for (34.88, 38.87). A point
// just offshore, within coastTolerance (0.1°, about 11 km) of a country,
// belongs to it: at 1:50m, coastal cities such as Beirut or Suva fall in
// the sea. ok is false further out at sea, for coordinates that are not
// finite or out of range, and if the embedded data could not be decoded
// (which the tests rule out). Points on or near a shared border belong to
// either country. Safe for concurrent use.
func Contains(lat, lon float64) (countryName string, ok bool) {
	if !validCoord(lat, lon) {
		return "", false
	}
	cs, err := countries()
	if err != nil {
		return "", false
	}
	if i := locate(cs, lon, lat); i >= 0 {
		return cs[i].name, true
	}
	return "", false
}

// coastTolerance is how far offshore, in degrees, a point still belongs to
// a country.
const coastTolerance = 0.1

// locate returns the index of the country containing (lon, lat), else of
// one containing a point coastTolerance away in one of eight directions,
// else -1.
func locate(cs []country, lon, lat float64) int {
	const t, d = coastTolerance, coastTolerance * math.Sqrt2 / 2
	offsets := [...][2]float64{{0, 0}, {t, 0}, {-t, 0}, {0, t}, {0, -t}, {d, d}, {d, -d}, {-d, d}, {-d, -d}}
	for _, o := range offsets {
		for i := range cs {
			if cs[i].containsPoint(lon+o[0], lat+o[1]) {
				return i
			}
		}
	}
	return -1
}

// validCoord reports whether lat and lon are finite and in range.
func validCoord(lat, lon float64) bool {
	return !math.IsNaN(lat) && !math.IsNaN(lon) &&
		lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}
