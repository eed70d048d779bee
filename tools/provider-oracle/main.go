// Command provider-oracle answers two questions about terraform-provider-yandex from the provider's
// own code, without building it (its go-sdk dependencies are not served by the module proxy):
//
//	provider-oracle schema <provider source dir>
//	    parses the schema of every resource and data source type the library emits, with go/parser,
//	    and prints per attribute its flags, validators (with their arguments) and plan modifiers.
//	provider-oracle validate
//	    reads {"validators": [...], "values": [...]} from stdin, runs the REAL validators of
//	    terraform-plugin-framework-validators on every value and prints one verdict per value.
//
// Both print JSON on stdout; a problem is printed on stderr with exit status 1.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "provider-oracle:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 2 && args[0] == "schema" {
		facts, err := readSchemas(args[1])
		if err != nil {
			return err
		}
		return printJSON(facts)
	}
	if len(args) == 1 && args[0] == "validate" {
		var req validateRequest
		if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
			return fmt.Errorf("reading the request on stdin: %w", err)
		}
		verdicts, err := validate(req)
		if err != nil {
			return err
		}
		return printJSON(verdicts)
	}
	return fmt.Errorf("usage: provider-oracle schema <provider source dir> | provider-oracle validate < request.json")
}

func printJSON(v any) error {
	out := json.NewEncoder(os.Stdout)
	out.SetIndent("", "  ")
	out.SetEscapeHTML(false)
	return out.Encode(v)
}
