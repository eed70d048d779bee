package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
)

// typeSource says where the provider defines the schema of one type the library emits.
type typeSource struct {
	Kind           string // "resource" or "data"
	Name           string
	File           string // relative to the provider's source root
	Implementation string // "framework" or "sdkv2"
}

// The types the library emits (and the service account IAM member its checker reads), and the file
// each is defined in at v0.222.0: the framework types under yandex-framework/gen (registered in
// resources_generated.go), the gateway in the SDKv2 provider.
var typeSources = []typeSource{
	{"resource", "yandex_serverless_triggers", "yandex-framework/gen/yandex/yandex_serverless_triggers/resource_schema.go", "framework"},
	{"resource", "yandex_container_registry", "yandex-framework/gen/yandex/yandex_container_registry/resource_schema.go", "framework"},
	{"resource", "yandex_iam_service_account", "yandex-framework/gen/yandex/yandex_iam_service_account/resource_schema.go", "framework"},
	{"resource", "yandex_resourcemanager_folder_iam_member", "yandex-framework/gen/yandex/yandex_resourcemanager_folder_iam_member/resource.go", "framework"},
	{"resource", "yandex_api_gateway_iam_member", "yandex-framework/gen/yandex/yandex_api_gateway_iam_member/resource.go", "framework"},
	{"resource", "yandex_iam_service_account_iam_member", "yandex-framework/gen/yandex/yandex_iam_service_account_iam_member/resource.go", "framework"},
	{"resource", "yandex_api_gateway", "yandex/resource_yandex_api_gateway.go", "sdkv2"},
	{"data", "yandex_api_gateway", "yandex/data_source_yandex_api_gateway.go", "sdkv2"},
}

// Call is a validator or plan modifier as written in the provider: `stringvalidator.LengthBetween(0, 500)`.
type Call struct {
	// Func is the qualified name: `stringvalidator.LengthBetween`.
	Func string `json:"func"`
	// Args are the literal arguments: numbers, strings, the pattern of a regexp.MustCompile.
	Args []any `json:"args,omitempty"`
	// Inner are the validators a collection validator applies to each element (mapvalidator.KeysAre).
	Inner []Call `json:"inner,omitempty"`
	// Source is the call as written.
	Source string `json:"source"`
}

// Attribute is one attribute of a schema, by its dotted path.
type Attribute struct {
	Required      bool   `json:"required"`
	Optional      bool   `json:"optional"`
	Computed      bool   `json:"computed"`
	ForceNew      bool   `json:"forceNew,omitempty"`
	Validators    []Call `json:"validators,omitempty"`
	PlanModifiers []Call `json:"planModifiers,omitempty"`
}

// TypeFacts is what the provider's source says about one type.
type TypeFacts struct {
	Kind           string               `json:"kind"`
	Name           string               `json:"name"`
	Implementation string               `json:"implementation"`
	File           string               `json:"file"`
	Attributes     map[string]Attribute `json:"attributes"`
}

// SchemaFacts is the output of `provider-oracle schema`.
type SchemaFacts struct {
	Types []TypeFacts `json:"types"`
}

func readSchemas(root string) (SchemaFacts, error) {
	var out SchemaFacts
	for _, src := range typeSources {
		attrs, err := readSchema(filepath.Join(root, filepath.FromSlash(src.File)))
		if err != nil {
			return out, fmt.Errorf("%s %s: %w", src.Kind, src.Name, err)
		}
		if len(attrs) == 0 {
			return out, fmt.Errorf("%s %s: no schema attributes found in %s", src.Kind, src.Name, src.File)
		}
		out.Types = append(out.Types, TypeFacts{src.Kind, src.Name, src.Implementation, src.File, attrs})
	}
	return out, nil
}

// readSchema collects every attribute of the schema maps in one file: framework
// `map[string]schema.Attribute{...}` and SDKv2 `map[string]*schema.Schema{...}`, nested ones under their parent's path.
func readSchema(file string) (map[string]Attribute, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	attrs := map[string]Attribute{}
	var walk func(n ast.Node, prefix string)
	walk = func(n ast.Node, prefix string) {
		ast.Inspect(n, func(node ast.Node) bool {
			lit, ok := node.(*ast.CompositeLit)
			if !ok || !isSchemaMap(lit.Type) {
				return true
			}
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, ok := kv.Key.(*ast.BasicLit)
				if !ok || key.Kind != token.STRING {
					continue
				}
				name, _ := strconv.Unquote(key.Value)
				path := name
				if prefix != "" {
					path = prefix + "." + name
				}
				body := compositeOf(kv.Value)
				if body == nil {
					// a helper call such as timeouts.Block(ctx, ...): present, with no facts of its own
					attrs[path] = Attribute{}
					continue
				}
				attrs[path] = attributeOf(fset, body)
				walk(body, path)
			}
			return false
		})
	}
	walk(f, "")
	return attrs, nil
}

// isSchemaMap is true for `map[string]schema.Attribute`, `map[string]schema.Block` and `map[string]*schema.Schema`.
func isSchemaMap(t ast.Expr) bool {
	m, ok := t.(*ast.MapType)
	if !ok {
		return false
	}
	value := m.Value
	if star, ok := value.(*ast.StarExpr); ok {
		value = star.X
	}
	sel, ok := value.(*ast.SelectorExpr)
	return ok && (sel.Sel.Name == "Attribute" || sel.Sel.Name == "Block" || sel.Sel.Name == "Schema")
}

func compositeOf(e ast.Expr) *ast.CompositeLit {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

func attributeOf(fset *token.FileSet, lit *ast.CompositeLit) Attribute {
	var a Attribute
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		field, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		switch field.Name {
		case "Required":
			a.Required = isTrue(kv.Value)
		case "Optional":
			a.Optional = isTrue(kv.Value)
		case "Computed":
			a.Computed = isTrue(kv.Value)
		case "ForceNew":
			a.ForceNew = isTrue(kv.Value)
		case "Validators":
			a.Validators = callsOf(fset, kv.Value)
		case "ValidateFunc", "ValidateDiagFunc":
			a.Validators = append(a.Validators, callOf(fset, kv.Value))
		case "PlanModifiers":
			a.PlanModifiers = callsOf(fset, kv.Value)
		}
	}
	return a
}

func isTrue(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "true"
}

func callsOf(fset *token.FileSet, e ast.Expr) []Call {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return []Call{callOf(fset, e)}
	}
	var out []Call
	for _, elt := range lit.Elts {
		out = append(out, callOf(fset, elt))
	}
	return out
}

func callOf(fset *token.FileSet, e ast.Expr) Call {
	c := Call{Source: source(fset, e)}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		c.Func = c.Source
		return c
	}
	c.Func = source(fset, call.Fun)
	for _, arg := range call.Args {
		if inner, ok := arg.(*ast.CallExpr); ok && strings.Contains(source(fset, inner.Fun), "validator.") {
			c.Inner = append(c.Inner, callOf(fset, inner))
			continue
		}
		if v, ok := literal(fset, arg); ok {
			c.Args = append(c.Args, v)
		}
	}
	return c
}

// literal is the value of a literal argument; regexp.MustCompile("...") stands for its pattern.
func literal(fset *token.FileSet, e ast.Expr) (any, bool) {
	switch v := e.(type) {
	case *ast.BasicLit:
		switch v.Kind {
		case token.INT:
			n, err := strconv.ParseInt(v.Value, 0, 64)
			return n, err == nil
		case token.STRING:
			s, err := strconv.Unquote(v.Value)
			return s, err == nil
		}
	case *ast.CallExpr:
		if source(fset, v.Fun) == "regexp.MustCompile" && len(v.Args) == 1 {
			return literal(fset, v.Args[0])
		}
	case *ast.UnaryExpr:
		if n, ok := literal(fset, v.X); ok && v.Op == token.SUB {
			if i, isInt := n.(int64); isInt {
				return -i, true
			}
		}
	}
	return nil, false
}

func source(fset *token.FileSet, n ast.Node) string {
	var b bytes.Buffer
	_ = printer.Fprint(&b, fset, n)
	return b.String()
}
