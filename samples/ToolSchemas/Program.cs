using System;
using System.Text;
using ToolSchemas;

Console.WriteLine(ListGitTags.JsonSchema);
Console.WriteLine(DeployBackend.JsonSchema);
Console.WriteLine(OpenIncident.JsonSchema);
Console.WriteLine(OpenIncident.StrictJsonSchema);
Console.WriteLine(DeployBackend.ReadJson("""{"tag":"v1.2","environment":"production"}"""u8));
Console.WriteLine(DeployBackend.ReadJson("""{"tag":3,"environment":"prod"}"""u8));
Console.WriteLine(ListGitTags.ReadJson("""{"limit": 500}"""u8));
Console.WriteLine(ListGitTags.ReadJson("""{"limit": 5"""u8));
