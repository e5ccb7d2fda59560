using System.Linq;
using System.Reflection;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    /// <summary>Turns models into C# source text.</summary>
    internal static partial class Emitter
    {
        private static readonly string s_version = typeof(AgentGenerator).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        private static string GeneratedCode { get; } = $"[global::System.CodeDom.Compiler.GeneratedCode(\"AgentGen\", \"{s_version}\")]";

        public static string EmitTool(ToolModel tool)
        {
            TypeDeclarationModel declaration = tool.Declaration;
            string self = declaration.FullyQualifiedName;
            string codec = declaration.Name + "JsonCodec";
            string declarations = declaration.Name + "Declarations";
            // Each schema is written twice, as a string constant and as UTF-8 bytes: quoted once.
            string schemaLiteral = RawLiteral(Schema.Write(tool, strict: false));
            string strictSchemaLiteral = RawLiteral(Schema.Write(tool, strict: true));

            SourceWriter writer = OpenFile(declaration);

            writer.OpenBlock($"partial {declaration.Keyword} {declaration.Name} : global::AgentGen.ITool<{self}>");
            WriteToolMembers(writer, tool, codec, declarations, schemaLiteral, strictSchemaLiteral);
            writer.CloseBlock();

            CloseContainingTypes(writer, declaration);

            writer.WriteLine();
            WriteDeclarationsClass(writer, tool, declarations);
            writer.WriteLine();
            WriteCodecClass(writer, tool, codec);
            return writer.ToStringAndRelease();
        }

        private static void WriteToolMembers(SourceWriter writer, ToolModel tool, string codec, string declarations, string schemaLiteral, string strictSchemaLiteral)
        {
            string self = tool.Declaration.FullyQualifiedName;
            string result = $"global::AgentGen.ToolReadResult<{self}>";

            writer.WriteLine($"/// <summary>The function name the model sees: <c>{Xml(tool.ToolName)}</c>.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string ToolName = {Literal(tool.ToolName)};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The description the model sees, from <c>[Description]</c> or the XML documentation summary.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string? ToolDescription = {(tool.Description is null ? "null" : Literal(tool.Description))};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The JSON schema (draft 2020-12) of the tool's arguments.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string JsonSchema = {schemaLiteral};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The strict variant of <see cref=\"JsonSchema\"/>: every property required, optional ones nullable, as strict structured outputs require.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const string StrictJsonSchema = {strictSchemaLiteral};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The tool's JSON schema as UTF-8 bytes.</summary>");
            writer.WriteLine($"/// <param name=\"strict\"><see langword=\"true\"/> for <see cref=\"StrictJsonSchema\"/>.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static global::System.ReadOnlySpan<byte> GetJsonSchemaUtf8(bool strict = false) =>");
            writer.WriteLine($"    strict ? {strictSchemaLiteral}u8 : {schemaLiteral}u8;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The tool's declaration for <c>ChatOptions.Tools</c>: schema only, never invoked.</summary>");
            writer.WriteLine($"/// <param name=\"strict\"><see langword=\"true\"/> to declare <see cref=\"StrictJsonSchema\"/> and ask the provider to enforce it.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static global::AgentGen.ToolDeclaration GetDeclaration(bool strict = false) => strict ? {declarations}.Strict : {declarations}.Default;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Reads the tool from one JSON object. Never throws: bad input gives precise errors.</summary>");
            writer.WriteLine("/// <param name=\"utf8Json\">The JSON, as UTF-8 bytes.</param>");
            writer.WriteLine("/// <param name=\"options\">Reading options, or <see langword=\"null\"/> for the defaults.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static {result} ReadJson(global::System.ReadOnlySpan<byte> utf8Json, global::AgentGen.ToolReadOptions? options = null) =>");
            writer.WriteLine($"    {Readers}.ReadTool<{self}>(utf8Json, options, {codec}.Read{tool.Root.Id});");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Reads the tool from the JSON object a reader is on (in a larger document), leaving the reader on its last token.</summary>");
            writer.WriteLine("/// <param name=\"reader\">The reader, on the object's first token.</param>");
            writer.WriteLine("/// <param name=\"options\">Reading options, or <see langword=\"null\"/> for the defaults.</param>");
            writer.WriteLine("/// <returns>The tool or precise errors. Malformed JSON throws the reader's <c>JsonException</c>.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static {result} ReadJson(ref {JsonReader} reader, global::AgentGen.ToolReadOptions? options = null) =>");
            writer.WriteLine($"    {Readers}.ReadTool<{self}>(ref reader, options, {codec}.Read{tool.Root.Id});");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Binds the tool from the arguments of a <c>FunctionCallContent</c>. Never throws: bad arguments give precise errors.</summary>");
            writer.WriteLine("/// <param name=\"arguments\">The arguments, as any provider produces them.</param>");
            writer.WriteLine("/// <param name=\"options\">Reading options, or <see langword=\"null\"/> for the defaults.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static {result} BindArguments(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, object?>>? arguments, global::AgentGen.ToolReadOptions? options = null) =>");
            writer.WriteLine($"    {Binders}.BindTool<{self}>(arguments, options, {codec}.Bind{tool.Root.Id});");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Writes the tool as one JSON object.</summary>");
            writer.WriteLine("/// <param name=\"writer\">The writer.</param>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public void WriteJson({JsonWriter} writer) => {codec}.Write{tool.Root.Id}(writer, this);");
            writer.WriteLine();
            WriteContextMember(writer, tool, codec);
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("string global::AgentGen.ITool.ToolName => ToolName;");
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"static string global::AgentGen.ITool<{self}>.Name => ToolName;");
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"static string? global::AgentGen.ITool<{self}>.Description => ToolDescription;");
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"static global::System.ReadOnlySpan<byte> global::AgentGen.ITool<{self}>.GetJsonSchema(bool strict) => GetJsonSchemaUtf8(strict);");
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"static global::Microsoft.Extensions.AI.AIFunctionDeclaration global::AgentGen.ITool<{self}>.GetDeclaration(bool strict) => GetDeclaration(strict);");
        }

        /// <summary>The declarations live apart from the codec so reading never pays for parsing the schema.</summary>
        private static void WriteDeclarationsClass(SourceWriter writer, ToolModel tool, string declarations)
        {
            string self = tool.Declaration.FullyQualifiedName;
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"file static class {declarations}");
            writer.WriteLine($"internal static readonly global::AgentGen.ToolDeclaration Default = new({self}.ToolName, {self}.ToolDescription, {self}.GetJsonSchemaUtf8(strict: false), strict: false);");
            writer.WriteLine();
            writer.WriteLine($"internal static readonly global::AgentGen.ToolDeclaration Strict = new({self}.ToolName, {self}.ToolDescription, {self}.GetJsonSchemaUtf8(strict: true), strict: true);");
            writer.CloseBlock();
        }

        private static void WriteCodecClass(SourceWriter writer, ToolModel tool, string codec)
        {
            string self = tool.Declaration.FullyQualifiedName;
            writer.WriteLine($"/// <summary>Schema, reader, binder and writer of <see cref=\"{Xml(tool.Declaration.FullyQualifiedName.Replace("global::", string.Empty))}\"/>, without reflection.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"file static class {codec}");
            WriteObjectCodec(writer, tool.Root);
            foreach (ObjectShape nested in tool.NestedObjects)
            {
                writer.WriteLine();
                WriteObjectCodec(writer, nested);
            }

            foreach (EnumShape shape in tool.Enums)
            {
                writer.WriteLine();
                WriteEnumCodec(writer, shape);
            }

            writer.CloseBlock();
        }

        /// <summary>Starts a generated file: the header, the namespace, and the partial containing types reopened.</summary>
        private static SourceWriter OpenFile(TypeDeclarationModel declaration)
        {
            var writer = new SourceWriter();
            writer.WriteLine("// <auto-generated/>");
            writer.WriteLine("#nullable enable");
            writer.WriteLine();
            if (declaration.Namespace.Length > 0)
            {
                writer.WriteLine($"namespace {declaration.Namespace};");
                writer.WriteLine();
            }

            foreach (string containing in declaration.ContainingTypes)
            {
                writer.OpenBlock(containing);
            }

            return writer;
        }

        private static void CloseContainingTypes(SourceWriter writer, TypeDeclarationModel declaration)
        {
            foreach (string _ in declaration.ContainingTypes)
            {
                writer.CloseBlock();
            }
        }

        /// <summary>A single-line raw string literal with enough quotes to hold any content.</summary>
        private static string RawLiteral(string value)
        {
            int longestRun = 0, run = 0;
            foreach (char c in value)
            {
                run = c == '"' ? run + 1 : 0;
                longestRun = run > longestRun ? run : longestRun;
            }

            if (value.Length == 0 || value[0] == '"' || value[value.Length - 1] == '"' || value.IndexOf('\n') >= 0)
            {
                return Literal(value);
            }

            string quotes = new('"', longestRun < 3 ? 3 : longestRun + 1);
            return quotes + value + quotes;
        }

        private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
