package runtime

import "strings"

// en-US: common given names and surnames of the United States, real
// streets' names, real cities with their states and ZIP prefixes.
var enUS = localeData{
	firstFemale: strings.Fields(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan
Jessica Sarah Karen Lisa Nancy Betty Sandra Ashley Emily Kimberly Michelle Donna
Amanda Melissa Stephanie Rebecca Laura Emma Olivia Sophia Isabella Mia Abigail
Madison Avery Harper Camila Luna Maria Gabriela Aaliyah Keisha Mei`),
	firstMale: strings.Fields(`James Robert John Michael David William Richard Joseph
Thomas Christopher Charles Daniel Matthew Anthony Mark Donald Steven Andrew Paul
Joshua Kevin Brian George Timothy Ryan Jason Jacob Gary Nicholas Eric Jonathan
Liam Noah Ethan Mason Logan Jose Carlos Luis Andre Tyrone Wei`),
	lastNames: strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis
Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore
Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly
Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett`),
	streets: strings.Fields(`Main Oak Maple Cedar Pine Elm Washington Lake Hill Park
Walnut Lincoln Jackson Sunset Highland Ridge Church Willow Spring Franklin
Jefferson Madison Chestnut Center Meadow Forest River Adams Mill Broad`),
	streetTypes: strings.Fields(`Street Avenue Road Drive Lane Boulevard Court Way Place
Terrace Parkway Circle`),
	places: []place{
		{"New York", "NY", "100 NY", 407128, -740060},
		{"Brooklyn", "NY", "112 NY", 406782, -739442},
		{"Los Angeles", "CA", "900 CA", 340522, -1182437},
		{"San Francisco", "CA", "941 CA", 377749, -1224194},
		{"San Diego", "CA", "921 CA", 327157, -1171611},
		{"Chicago", "IL", "606 IL", 418781, -876298},
		{"Houston", "TX", "770 TX", 297604, -953698},
		{"Austin", "TX", "787 TX", 302672, -977431},
		{"Dallas", "TX", "752 TX", 327767, -967970},
		{"Phoenix", "AZ", "850 AZ", 334484, -1120740},
		{"Philadelphia", "PA", "191 PA", 399526, -751652},
		{"Pittsburgh", "PA", "152 PA", 404406, -799959},
		{"Seattle", "WA", "981 WA", 476062, -1223321},
		{"Portland", "OR", "972 OR", 455152, -1226784},
		{"Denver", "CO", "802 CO", 397392, -1049903},
		{"Boston", "MA", "021 MA", 423601, -710589},
		{"Miami", "FL", "331 FL", 257617, -801918},
		{"Orlando", "FL", "328 FL", 285383, -813792},
		{"Atlanta", "GA", "303 GA", 337490, -843880},
		{"Nashville", "TN", "372 TN", 361627, -867816},
		{"Minneapolis", "MN", "554 MN", 449778, -932650},
		{"Detroit", "MI", "482 MI", 423314, -830458},
		{"Columbus", "OH", "432 OH", 399612, -829988},
		{"Charlotte", "NC", "282 NC", 352271, -808431},
		{"Baltimore", "MD", "212 MD", 392904, -766122},
		{"Las Vegas", "NV", "891 NV", 361699, -1151398},
		{"Salt Lake City", "UT", "841 UT", 407608, -1118910},
		{"Kansas City", "MO", "641 MO", 390997, -945786},
		{"New Orleans", "LA", "701 LA", 299511, -900715},
		{"Madison", "WI", "537 WI", 430731, -894012},
	},
	country: "United States", code2: "US", code3: "USA",
	currency: "USD", currencyName: "US dollar",
	companySuffixes: []string{"Inc.", "LLC", "Corp.", "Co.", "Group", "Holdings"},
	titles:          [2][]string{{"Mr.", "Mr.", "Mr.", "Dr."}, {"Mrs.", "Ms.", "Ms.", "Dr."}},
	mx:              "Mx.",
}
