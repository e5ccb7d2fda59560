// Prints one "KEY payload" line per fact; PackageConsumptionTests reads them back.
using System.Buffers;
using System.Text;
using System.Text.Json;
using AgentGen;
using Consumer;

Console.WriteLine($"NAME {BookTable.ToolName}");
Console.WriteLine($"SCHEMA {BookTable.JsonSchema}");
Console.WriteLine($"DECLARATION {BookTable.GetDeclaration().Name} {BookTable.GetDeclaration().JsonSchema.GetRawText()}");

var original = new BookTable("Ada", Seating.OutdoorTerrace, ["window", "quiet"], PartySize: 4);
string written = Write(original);
BookTable back = BookTable.ReadJson(Encoding.UTF8.GetBytes(written)).GetValueOrThrow();
bool equal = back.Name == original.Name
    && back.Seating == original.Seating
    && back.PartySize == original.PartySize
    && back.Requests.SequenceEqual(original.Requests);
Console.WriteLine($"WRITTEN {written}");
Console.WriteLine($"ROUNDTRIP {equal} {Write(back)}");

// FunctionCallContent.Arguments as a provider hands them over: plain CLR values.
var arguments = new Dictionary<string, object?>
{
    ["name"] = "Grace",
    ["seating"] = "indoor",
    ["requests"] = new List<object?> { "high chair" },
    ["party_size"] = 2L,
};
ToolReadResult<BookTable> bound = BookTable.BindArguments(arguments);
Console.WriteLine($"BOUND {bound.IsSuccess} {(bound.IsSuccess ? Write(bound.Value!) : string.Join("; ", bound.Errors.Select(e => e.Message)))}");

ToolReadResult<BookTable> malformed = BookTable.ReadJson("""{"name": "Ada", "seating": ]}"""u8);
Console.WriteLine($"MALFORMED {malformed.IsSuccess}");
foreach (ToolReadError error in malformed.Errors)
{
    Console.WriteLine($"ERROR {error.Kind} {error.Message}");
}

static string Write(BookTable tool)
{
    var buffer = new ArrayBufferWriter<byte>();
    using (var writer = new Utf8JsonWriter(buffer))
    {
        tool.WriteJson(writer);
    }

    return Encoding.UTF8.GetString(buffer.WrittenSpan);
}
