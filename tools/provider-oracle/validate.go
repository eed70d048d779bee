package main

import (
	"context"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// validateRequest is what `provider-oracle validate` reads: validators as `schema` prints them, and values.
type validateRequest struct {
	Validators []Call   `json:"validators"`
	Values     []string `json:"values"`
}

// Verdict is the answer for one value: accepted, or the validators' diagnostics.
type Verdict struct {
	Accepted bool     `json:"accepted"`
	Errors   []string `json:"errors,omitempty"`
}

// validate runs the real validators on every value. A collection validator over strings
// (mapvalidator.KeysAre, mapvalidator.ValueStringsAre, listvalidator.ValueStringsAre) runs its inner
// validators on the value, as it does on each key or element.
func validate(req validateRequest) ([]Verdict, error) {
	var validators []validator.String
	for _, c := range req.Validators {
		built, err := build(c)
		if err != nil {
			return nil, err
		}
		validators = append(validators, built...)
	}
	ctx := context.Background()
	out := make([]Verdict, 0, len(req.Values))
	for _, value := range req.Values {
		verdict := Verdict{Accepted: true}
		for _, v := range validators {
			resp := validator.StringResponse{}
			v.ValidateString(ctx, validator.StringRequest{Path: path.Root("value"), ConfigValue: types.StringValue(value)}, &resp)
			for _, d := range resp.Diagnostics.Errors() {
				verdict.Accepted = false
				verdict.Errors = append(verdict.Errors, d.Detail())
			}
		}
		out = append(out, verdict)
	}
	return out, nil
}

func build(c Call) ([]validator.String, error) {
	switch c.Func {
	case "mapvalidator.KeysAre", "mapvalidator.ValueStringsAre", "listvalidator.ValueStringsAre", "setvalidator.ValueStringsAre":
		var out []validator.String
		for _, inner := range c.Inner {
			built, err := build(inner)
			if err != nil {
				return nil, err
			}
			out = append(out, built...)
		}
		return out, nil
	case "stringvalidator.LengthBetween":
		lo, hi, err := ints2(c)
		if err != nil {
			return nil, err
		}
		return []validator.String{stringvalidator.LengthBetween(lo, hi)}, nil
	case "stringvalidator.LengthAtMost":
		n, err := int1(c)
		if err != nil {
			return nil, err
		}
		return []validator.String{stringvalidator.LengthAtMost(n)}, nil
	case "stringvalidator.LengthAtLeast":
		n, err := int1(c)
		if err != nil {
			return nil, err
		}
		return []validator.String{stringvalidator.LengthAtLeast(n)}, nil
	case "stringvalidator.RegexMatches":
		if len(c.Args) < 1 {
			return nil, fmt.Errorf("%s: no pattern", c.Source)
		}
		pattern, ok := c.Args[0].(string)
		if !ok {
			return nil, fmt.Errorf("%s: the pattern is not a string", c.Source)
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Source, err)
		}
		message := ""
		if len(c.Args) > 1 {
			message, _ = c.Args[1].(string)
		}
		return []validator.String{stringvalidator.RegexMatches(re, message)}, nil
	case "stringvalidator.OneOf":
		var values []string
		for _, a := range c.Args {
			s, ok := a.(string)
			if !ok {
				return nil, fmt.Errorf("%s: a value is not a string", c.Source)
			}
			values = append(values, s)
		}
		return []validator.String{stringvalidator.OneOf(values...)}, nil
	}
	return nil, fmt.Errorf("%s: not a string validator this oracle runs", c.Source)
}

// JSON numbers arrive as float64.
func number(a any, c Call) (int, error) {
	switch n := a.(type) {
	case float64:
		return int(n), nil
	case int64:
		return int(n), nil
	}
	return 0, fmt.Errorf("%s: %v is not a number", c.Source, a)
}

func int1(c Call) (int, error) {
	if len(c.Args) != 1 {
		return 0, fmt.Errorf("%s: want 1 argument", c.Source)
	}
	return number(c.Args[0], c)
}

func ints2(c Call) (int, int, error) {
	if len(c.Args) != 2 {
		return 0, 0, fmt.Errorf("%s: want 2 arguments", c.Source)
	}
	lo, err := number(c.Args[0], c)
	if err != nil {
		return 0, 0, err
	}
	hi, err := number(c.Args[1], c)
	return lo, hi, err
}
