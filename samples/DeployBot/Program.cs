// DeployBot: the 12-factor guide's deploy bot. With no API key it plays a scripted model;
// with OPENAI_API_KEY (or OLLAMA_ENDPOINT) set it asks a real one.
using System;
using AgentGen;
using AgentGen.Testing;
using DeployBot;
using Microsoft.Extensions.AI;

IChatClient model = ModelChoice.FromEnvironment(out string description) ?? Script();
Console.WriteLine($"model: {description}\n");

var deployer = new FakeDeployer();
var agent = new DeployAgent(model, new FakeGit(), deployer);

var thread = AgentThread.Start("deploy the newest frontend tag to production");
Print(thread.Events[0]);
int printed = 1;
thread = await agent.RunAsync(thread);
for (; printed < thread.Events.Length; printed++)
{
    Print(thread.Events[printed]);
}

Console.WriteLine($"\nthread {thread.Id}: {thread.Status} after {thread.StepCount} steps");
Console.WriteLine($"deployments: {(deployer.Deployments.Count == 0 ? "none" : string.Join("; ", deployer.Deployments))}");
return thread.Status == ThreadStatus.Done ? 0 : 1;

static ScriptedChatClient Script() => new ScriptedChatClient()
    .Then(new ListGitTags(3))
    .ThenToolCall("deploy_fronted", """{"tag": "v1.4.2", "environment": "production"}""")
    .Then(new DeployFrontend("v1.4.2", DeployEnvironment.Production))
    .Then(new DoneForNow("Deployed frontend v1.4.2 to production."));

static void Print(ThreadEvent e) => Console.WriteLine(e switch
{
    MessageEvent m => $"[{m.Source}] {m.Text}",
    ToolCallEvent c => $"[model] {c.Tool.ToolName}: {XmlContextRenderer.YamlOf(c.Tool).Replace("\n", ", ", StringComparison.Ordinal)}",
    ToolResultEvent r => $"[{r.ToolName}] {r.Result}",
    ToolErrorEvent x => $"[error] {x.ToolName}: {x.ErrorType}: {x.Message}",
    ParseErrorEvent p => $"[error] {p.Message}",
    DoneEvent d => $"[done] {d.Message}",
    _ => $"[{e.Kind}]",
});
