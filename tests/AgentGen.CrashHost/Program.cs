// The child process of the crash test: starts a thread in the SQLite file, runs it, and hangs inside the first
// transfer until it is killed. Arguments: <database file> <request log file>. Prints the thread id first.
using System;
using AgentGen;
using AgentGen.CrashHost;
using AgentGen.Generated;
using AgentGen.Sqlite;
using AgentGen.Testing;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: AgentGen.CrashHost <database file> <request log file>");
    return 2;
}

var store = new SqliteThreadStore(args[0], ToolRegistry.Instance);
StoredThread created = await store.CreateAsync(AgentThread.Start("send 12.50 to account 42"));
Console.WriteLine(created.Thread.Id);
Console.Out.Flush();

var model = new ScriptedChatClient().Then(new SendTransfer("42", 1250)).Then(new TransferDone("sent"));
await new AgentRunner(store).RunAsync(new TransferAgent(model, args[1], hangInFirstAttempt: true), created.Thread.Id);
Console.Error.WriteLine("the run was expected to hang inside the first transfer");
return 1;
