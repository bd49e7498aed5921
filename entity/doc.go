// Package entity links the names in a document to the entities they name:
// people, organizations, places and news outlets.
//
// What goes in: a document's body and tokens, the spans the NER tagger
// (package ner) finds, and the gazetteer (package gazetteer). What comes out:
// Document.Entities, each mention with its text (clitics such as و and بـ
// left out), type, canonical name, stable id and, for places, coordinates.
//
// Spellings of one name are merged by Key, a variant key that folds the
// letters transliterations alternate between (تاونزند and تاونسند,
// ماكغورك and ماكجورك) and spaces in compounds (البو كمال); its precision
// and recall on a labelled set of name pairs are measured by the tests.
//
//	entity.Key("تاونزند") == entity.Key("تاونسند") // true
//	entity.Key("محمد") == entity.Key("محمود")     // false
package entity
