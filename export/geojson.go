package export

import (
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
)

// FeatureCollection is a GeoJSON (RFC 7946) feature collection as GeoJSON
// writes it.
type FeatureCollection struct {
	Type     string    `json:"type"` // "FeatureCollection"
	Features []Feature `json:"features"`
}

// Feature is one place of one story.
type Feature struct {
	Type       string     `json:"type"` // "Feature"
	Geometry   Point      `json:"geometry"`
	Properties PlaceProps `json:"properties"`
}

// Point is a GeoJSON point; Coordinates are [longitude, latitude].
type Point struct {
	Type        string     `json:"type"` // "Point"
	Coordinates [2]float64 `json:"coordinates"`
}

// PlaceProps are a feature's properties.
type PlaceProps struct {
	StoryID    string `json:"story_id"`
	StoryTitle string `json:"story_title"`
	EntityID   string `json:"entity_id"`
	// Name is the place's canonical name.
	Name string `json:"name"`
	// Type is LOC or GPE.
	Type string `json:"type"`
	// Country is the ISO 3166 country code, when known.
	Country string `json:"country,omitempty"`
	// Mentions is how many times the story's articles name the place.
	Mentions int `json:"mentions"`
	// Articles are the ids of the story's articles that name it, in the
	// story's order.
	Articles []string `json:"articles"`
}

// Places returns the features GeoJSON writes: for each story of v, best
// ranked first, each place (LOC or GPE with coordinates in range) its
// articles name, most mentioned first.
func Places(v *desk.View) FeatureCollection {
	fc := FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}
	for _, s := range v.Stories(desk.StoryFilter{}) {
		for _, e := range v.StoryEntities(s.ID) {
			if (e.Type != "LOC" && e.Type != "GPE") || !validCoords(e.Lat, e.Lon) {
				continue
			}
			p := PlaceProps{StoryID: s.ID, StoryTitle: s.Title, EntityID: e.ID, Name: e.Canonical,
				Type: e.Type, Country: e.Country, Mentions: e.Count, Articles: []string{}}
			for _, a := range s.Articles {
				if d := v.Article(a.ID); d != nil && slices.ContainsFunc(d.Entities, func(m isnad.Entity) bool { return m.ID == e.ID }) {
					p.Articles = append(p.Articles, a.ID)
				}
			}
			fc.Features = append(fc.Features, Feature{Type: "Feature",
				Geometry:   Point{Type: "Point", Coordinates: [2]float64{*e.Lon, *e.Lat}},
				Properties: p})
		}
	}
	return fc
}

// GeoJSON writes Places(v) as one GeoJSON document.
func GeoJSON(w io.Writer, v *desk.View) error {
	if err := writeJSON(w, Places(v)); err != nil {
		return fmt.Errorf("export geojson: %w", err)
	}
	return nil
}

// validCoords reports whether lat and lon are set, finite and in range.
func validCoords(lat, lon *float64) bool {
	if lat == nil || lon == nil {
		return false
	}
	return !math.IsNaN(*lat) && !math.IsNaN(*lon) && math.Abs(*lat) <= 90 && math.Abs(*lon) <= 180
}
