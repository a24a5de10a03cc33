namespace Inburgering.Data.History;

/// <summary>
/// Turns history written before events were typed (a type name plus a text such as "DutchLanguage, Work" or
/// "A2 Passed") into the JSON of <see cref="DossierChangeJson"/>, in SQL that SQLite, PostgreSQL and SQL Server all
/// run (CONCAT, REPLACE, SUBSTRING, CASE). Used once, by the TypedHistory migration of each provider.
/// </summary>
public static class LegacyHistory
{
    private const string Column = "\"Data\"";

    /// <param name="character">The provider's function for a character code: <c>CHAR</c> (SQLite, SQL Server) or <c>CHR</c> (PostgreSQL).</param>
    public static IEnumerable<string> ToJsonStatements(string character)
    {
        var text = $"REPLACE(REPLACE(REPLACE(REPLACE(REPLACE({Column}, '\\', '\\\\'), '\"', '\\\"'), {character}(10), '\\n'), {character}(13), '\\r'), {character}(9), '\\t')";
        var list = $"CASE WHEN {Column} IS NULL OR {Column} = '' THEN '[]' ELSE CONCAT('[\"', REPLACE({Column}, ', ', '\",\"'), '\"]') END";
        string Bool(string trueWhen) => $"CASE WHEN {Column} LIKE '{trueWhen}' THEN 'true' ELSE 'false' END";

        foreach (var type in new[] { "Registered", "CertificateIssued", "StatementOfEffortIssued", "InvitationCreated", "InvitationRevoked" })
        {
            yield return Update(type, $"'{{\"type\":\"{type}\"}}'");
        }

        foreach (var (type, field) in new[] { ("PersonalDataChanged", "fields"), ("ResidenceChanged", "fields"), ("IntakeCompleted", "tracks") })
        {
            yield return Update(type, $"CONCAT('{{\"type\":\"{type}\",\"{field}\":', {list}, '}}')");
        }

        foreach (var (type, field) in new[]
        {
            ("TrackStarted", "track"), ("TrackCompleted", "track"), ("ActionLogged", "action"), ("ActionUpdated", "action"),
            ("ActionCompleted", "action"), ("ActionCancelled", "action"), ("FollowUpTrajectoryOpened", "perspective"), ("DataExported", "format"),
        })
        {
            yield return Update(type, $"CONCAT('{{\"type\":\"{type}\",\"{field}\":\"', {Column}, '\"}}')");
        }

        yield return Update("Reassigned", $"CONCAT('{{\"type\":\"Reassigned\",\"reason\":\"', {text}, '\"}}')");
        yield return Update("SocialOrientationTestRecorded", $"CONCAT('{{\"type\":\"SocialOrientationTestRecorded\",\"passed\":', {Bool("Passed")}, '}}')");
        yield return Update("DutchExamRecorded", $"CONCAT('{{\"type\":\"DutchExamRecorded\",\"level\":\"', SUBSTRING({Column}, 1, 2), '\",\"mode\":null,\"passed\":', {Bool("% Passed")}, '}}')");
        yield return Update("AccountActivated", $"CONCAT('{{\"type\":\"AccountActivated\",\"passwordReset\":', {Bool("PasswordReset")}, '}}')");
    }

    private static string Update(string type, string json) =>
        $"UPDATE \"DossierEvents\" SET {Column} = {json} WHERE \"Type\" = '{type}' AND ({Column} IS NULL OR {Column} NOT LIKE '{{%');";
}
