package peers

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// Customer is the customer record as a gofakeit user would declare it:
// struct tags naming gofakeit functions, encoded with encoding/json.
// gofakeit fills every pointer, so the optional fields are always present.
type Customer struct {
	CustomerID     string   `json:"customer_id" fake:"{uuid}"`
	FirstName      string   `json:"first_name" fake:"{firstname}"`
	LastName       string   `json:"last_name" fake:"{lastname}"`
	Email          string   `json:"email" fake:"{email}"`
	Phone          *string  `json:"phone,omitempty" fake:"{regex:^\\+447700900[0-9]{3}$}"`
	DateOfBirth    string   `json:"date_of_birth" fake:"{date:2006-01-02}"`
	Address        Address  `json:"address"`
	Nino           *string  `json:"nino,omitempty" fake:"{regex:^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$}"`
	LifetimeValue  float64  `json:"lifetime_value" fake:"{price:0,100000}"`
	CreatedAt      string   `json:"created_at" fake:"{date:RFC3339}"`
	Status         string   `json:"status" fake:"{randomstring:[active,inactive,suspended]}"`
	Tags           []string `json:"tags,omitempty" fake:"{randomstring:[vip,newsletter,wholesale,churn_risk,high_value,first_time_buyer]}" fakesize:"2"`
	MarketingOptIn bool     `json:"marketing_opt_in"`
}

// Address is the customer's billing address.
type Address struct {
	Line1    string  `json:"line1" fake:"{street}"`
	Line2    *string `json:"line2,omitempty" fake:"{regex:Flat [1-9]}"`
	City     string  `json:"city" fake:"{city}"`
	Postcode string  `json:"postcode" fake:"{zip}"`
	Country  string  `json:"country" fake:"{countryabr}"`
}

// gofakeitStruct fills the record with Faker.Struct and encodes it with
// json.Encoder into the caller's buffer.
func gofakeitStruct(seed uint64) appendFunc {
	f := gofakeit.New(seed)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	return func(buf []byte, _ uint64) []byte {
		var c Customer
		if err := f.Struct(&c); err != nil {
			panic(err)
		}
		return encode(enc, &out, buf, &c)
	}
}

var (
	statuses = []string{"active", "inactive", "suspended"}
	tagWords = []string{"vip", "newsletter", "wholesale", "churn_risk", "high_value", "first_time_buyer"}
	dobFrom  = time.Date(1940, 1, 1, 0, 0, 0, 0, time.UTC)
	dobTo    = time.Date(2005, 12, 31, 0, 0, 0, 0, time.UTC)
	madeFrom = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	madeTo   = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
)

// gofakeitCalls fills the record with direct Faker calls, the fastest way
// a gofakeit user would write it, optional fields present 3 times in 4.
func gofakeitCalls(seed uint64) appendFunc {
	f := gofakeit.New(seed)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	return func(buf []byte, _ uint64) []byte {
		c := Customer{
			CustomerID:  f.UUID(),
			FirstName:   f.FirstName(),
			LastName:    f.LastName(),
			Email:       f.Email(),
			DateOfBirth: f.DateRange(dobFrom, dobTo).Format(time.DateOnly),
			Address: Address{
				Line1:    f.Street(),
				City:     f.City(),
				Postcode: f.Zip(),
				Country:  f.CountryAbr(),
			},
			LifetimeValue:  f.Price(0, 100000),
			CreatedAt:      f.DateRange(madeFrom, madeTo).Format(time.RFC3339),
			Status:         f.RandomString(statuses),
			MarketingOptIn: f.Bool(),
		}
		if f.IntN(4) != 0 {
			p := f.Numerify("+447700900###")
			c.Phone = &p
		}
		if f.IntN(4) != 0 {
			l := f.Numerify("Flat ##")
			c.Address.Line2 = &l
		}
		if f.IntN(4) != 0 {
			n := f.Regex("^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$")
			c.Nino = &n
		}
		if f.IntN(4) != 0 {
			for range f.IntN(5) {
				c.Tags = append(c.Tags, f.RandomString(tagWords))
			}
		}
		return encode(enc, &out, buf, &c)
	}
}

// encode appends c's JSON (without json.Encoder's newline) to buf.
func encode(enc *json.Encoder, out *bytes.Buffer, buf []byte, c *Customer) []byte {
	out.Reset()
	if err := enc.Encode(c); err != nil {
		panic(err)
	}
	b := out.Bytes()
	return append(buf, b[:len(b)-1]...)
}
