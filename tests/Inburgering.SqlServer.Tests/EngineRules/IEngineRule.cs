namespace Inburgering.SqlServer.Tests.EngineRules;

/// <summary>A rule the SQL Server engine enforces when it runs DDL, which neither ScriptDom nor DacFx checks.</summary>
public interface IEngineRule
{
    IEnumerable<EngineRuleFinding> Check(SqlSchema schema);
}
