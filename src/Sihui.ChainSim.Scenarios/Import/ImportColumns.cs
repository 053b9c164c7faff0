namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>The columns of an enterprise roster (规上企业名录) and of a project ledger (项目台账), with their synonyms.</summary>
public static class ImportColumns
{
    public static readonly ImportColumn EnterpriseId = new("id", "企业编号", false, "编号", "企业代码", "统一社会信用代码", "信用代码", "enterprise id", "code");
    public static readonly ImportColumn EnterpriseName = new("name", "企业名称", true, "企业", "名称", "单位名称", "企业名", "enterprise", "enterprise name", "company", "firm");
    public static readonly ImportColumn Industry = new("industry", "行业", true, "所属行业", "产业链", "产业", "行业类别", "chain", "industry id");
    public static readonly ImportColumn Park = new("park", "园区", false, "所在园区", "所属园区", "落地园区", "产业园", "park id");
    public static readonly ImportColumn Output = new("output", "产值", true, "工业总产值", "总产值", "规上工业总产值", "年产值", "output value", "gross output");
    public static readonly ImportColumn Capacity = new("capacity", "产能", false, "产能产值", "最大产值", "capacity value");
    public static readonly ImportColumn Growth = new("growth", "增速", false, "预期增速", "增长率", "年增速", "growth rate", "growth mean");
    public static readonly ImportColumn GrowthSd = new("growth_sd", "增速波动", false, "增速标准差", "波动", "growth spread", "growth std");

    public static readonly ImportColumn ProjectId = new("id", "项目编号", false, "编号", "项目代码", "project id", "code");
    public static readonly ImportColumn ProjectName = new("name", "项目名称", true, "项目", "名称", "project", "project name");
    public static readonly ImportColumn Stage = new("stage", "阶段", true, "项目阶段", "进度", "状态", "项目状态", "status");
    public static readonly ImportColumn Investment = new("investment", "投资额", true, "总投资", "计划总投资", "投资", "总投资额", "total investment");
    public static readonly ImportColumn LandMu = new("land_mu", "用地", false, "用地面积", "占地", "占地面积", "用地亩数", "land", "land mu");
    public static readonly ImportColumn PowerMw = new("power_mw", "用电负荷", false, "用电", "电力负荷", "用电需求", "power", "power mw");
    public static readonly ImportColumn PlannedStart = new("planned_start", "计划开工", false, "计划开工时间", "开工时间", "计划开工年份", "planned start", "start");
    public static readonly ImportColumn PlannedCompletion = new("planned_completion", "计划竣工", false, "计划竣工时间", "竣工时间", "计划竣工年份", "planned completion", "completion");
    public static readonly ImportColumn PlannedOutput = new("planned_output", "达产产值", false, "达产后年产值", "预计年产值", "达产年产值", "planned output", "full output");

    public static IReadOnlyList<ImportColumn> Roster { get; } =
        [EnterpriseId, EnterpriseName, Industry, Park, Output, Capacity, Growth, GrowthSd];

    public static IReadOnlyList<ImportColumn> Ledger { get; } =
        [ProjectId, ProjectName, Industry, Park, Stage, Investment, LandMu, PowerMw, PlannedStart, PlannedCompletion, PlannedOutput];
}
