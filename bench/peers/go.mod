module github.com/synthgen/synthgen/bench/peers

go 1.26.0

require github.com/synthgen/synthgen v0.0.0

require github.com/leanovate/gopter v0.2.11 // indirect

require (
	github.com/brianvoe/gofakeit/v7 v7.18.2
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.14.0 // indirect
)

replace github.com/synthgen/synthgen => ../..
