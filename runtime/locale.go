package runtime

// Locale tables are Go data: slices indexed by draws, no maps, no files.

// place is a real town with its region and the shape of its postcodes.
type place struct {
	city, region string
	// code is the postcode area (en-GB: "M", "LS") or the ZIP prefix and
	// the state's abbreviation (en-US: "021 MA").
	code string
	// lat and lon are the town's coordinates in 1e-4 degrees.
	lat, lon int32
}

// localeData is one locale's tables.
type localeData struct {
	firstFemale, firstMale, lastNames []string
	// The same names in lower case (init below), for user names.
	lowerFemale, lowerMale, lowerLast []string
	streets, streetTypes              []string
	places                            []place
	country, code2, code3             string
	currency, currencyName            string
	companySuffixes                   []string
	// titles by sex: male, female; Mx is for non-binary people.
	titles [2][]string
	mx     string
}

var locales = [localeCount]*localeData{LocaleENGB: &enGB, LocaleENUS: &enUS}

func (l Locale) data() *localeData {
	if l < localeCount {
		return locales[l]
	}
	return locales[LocaleENGB]
}

func init() {
	for _, l := range locales {
		l.lowerFemale, l.lowerMale, l.lowerLast = lowered(l.firstFemale), lowered(l.firstMale), lowered(l.lastNames)
	}
	internLocales() // last: it takes the lowered tables too
}
