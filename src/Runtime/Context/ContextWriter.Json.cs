using System.Text.Json;

namespace AgentGen;

// The fallback for a tool without a generated WriteContext (one written by hand): its lines are derived from its JSON.
public sealed partial class ContextWriter
{
    internal void WriteJsonOf(ITool tool)
    {
        using JsonDocument document = JsonDocument.Parse(ToolJson.Utf8Of(tool));
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            WriteJsonProperties(document.RootElement);
        }
    }

    private void WriteJsonProperties(JsonElement element)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                WriteEntry(property.Name, property.Value, static (writer, value) => writer.WriteJsonValue(value));
            }
        }
    }

    private void WriteJsonValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                _builder.Append('\n');
                _indent += 2;
                WriteJsonProperties(value);
                _indent -= 2;
                break;
            case JsonValueKind.Array when IsScalarArray(value):
                WriteScalarList(value.EnumerateArray(), JsonScalar);
                break;
            case JsonValueKind.Array:
                WriteList(value.EnumerateArray(), static (writer, item) => writer.WriteJsonValue(item));
                break;
            default:
                WriteScalar(JsonScalar(value));
                break;
        }
    }

    private static bool IsScalarArray(JsonElement array)
    {
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return false;
            }
        }

        return true;
    }

    private static string JsonScalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
