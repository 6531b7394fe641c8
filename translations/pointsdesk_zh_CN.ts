<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>PointsDesk, the back office of a consumer points programme.</source>
        <translation>积分管家（PointsDesk）——消费积分计划的后台管理系统。</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/name.</source>
        <translation>SQLite 数据库文件，或 postgresql://用户@主机:端口/库名。</translation>
    </message>
    <message>
        <source>PointsDesk</source>
        <translation>积分管家</translation>
    </message>
    <message>
        <source>The database address holds a password, which other users of this computer can read in the list of running programs. PointsDesk does not use it: it asks for the password, or reads it from PGPASSWORD, ~/.pgpass or a service file.</source>
        <translation>数据库地址中含有密码：本机其他用户能在运行中的程序列表里看到它。PointsDesk 不会使用它，而是询问密码，或从 PGPASSWORD、~/.pgpass 或服务文件读取。</translation>
    </message>
    <message>
        <source>%1
%2

Password of %3 on the server (Cancel to quit):</source>
        <translation>%1
%2

服务器上用户 %3 的密码（取消则退出）：</translation>
    </message>
</context>
<context>
    <name>pd::AdjustmentService</name>
    <message>
        <source>This membership is closed; its points cannot be adjusted.</source>
        <translation>该会员已注销，积分不能调整。</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment (at least 4 characters).</source>
        <translation>请填写调整原因（至少 4 个字符）。</translation>
    </message>
    <message>
        <source>An adjustment is a non-zero number of points up to 100,000,000.</source>
        <translation>调整积分须为非零整数，绝对值不超过 100,000,000。</translation>
    </message>
    <message>
        <source>There is no member with the card %1.</source>
        <translation>没有卡号为 %1 的会员。</translation>
    </message>
    <message>
        <source>There is no such adjustment.</source>
        <translation>没有这笔调整。</translation>
    </message>
    <message>
        <source>This adjustment is no longer waiting for approval.</source>
        <translation>这笔调整已不在待审批状态。</translation>
    </message>
    <message>
        <source>An adjustment must be approved by someone other than the person who asked for it.</source>
        <translation>调整须由申请人以外的人员审批。</translation>
    </message>
</context>
<context>
    <name>pd::AuditFilter</name>
    <message>
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>pd::AuditLog</name>
    <message>
        <source>The audit trail is missing its head record.</source>
        <translation>审计记录缺少链头记录。</translation>
    </message>
    <message>
        <source>Audit record %1 is missing (the next record found is %2).</source>
        <translation>第 %1 条审计记录缺失（下一条找到的是第 %2 条）。</translation>
    </message>
    <message>
        <source>Audit record %1 does not follow the record before it: a record was removed, inserted or moved.</source>
        <translation>第 %1 条审计记录与前一条衔接不上：有记录被删除、插入或移动过。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>第 %1 条审计记录在写入后被改动过。</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 but its head names record %2: records were cut off or the head was changed.</source>
        <translation>审计记录止于第 %1 条，但链头记载的是第 %2 条：末尾记录被截掉，或链头被改动。</translation>
    </message>
    <message>
        <source>Audit record %1 differs from the one exported at the daily close of %2: the chain was rewritten.</source>
        <translation>审计记录 %1 与 %2 日结时导出的不一致：审计链被改写。</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 are missing: the daily close of %3 exported record %2, and the trail now ends before it.</source>
        <translation>审计记录 %1 至 %2 缺失：%3 的日结导出了第 %2 条记录，而现在审计记录在它之前就结束了。</translation>
    </message>
</context>
<context>
    <name>pd::AuditModel</name>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>多次登录失败，账号已锁定</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>新增门店</translation>
    </message>
    <message>
        <source>Store changed</source>
        <translation>修改门店</translation>
    </message>
    <message>
        <source>Member registered</source>
        <translation>会员注册</translation>
    </message>
    <message>
        <source>Member data changed</source>
        <translation>修改会员资料</translation>
    </message>
    <message>
        <source>Member status changed</source>
        <translation>会员状态变更</translation>
    </message>
    <message>
        <source>Marketing consent changed</source>
        <translation>营销授权变更</translation>
    </message>
    <message>
        <source>Mobile number revealed</source>
        <translation>查看完整手机号</translation>
    </message>
    <message>
        <source>Stores imported</source>
        <translation>导入门店</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Members exported</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员（批量）</translation>
    </message>
    <message>
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Receipt posted</source>
        <translation>小票积分入账</translation>
    </message>
    <message>
        <source>Return posted</source>
        <translation>退货扣回积分</translation>
    </message>
    <message>
        <source>Receipts imported</source>
        <translation>导入小票</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>导入退货</translation>
    </message>
    <message>
        <source>Ledger exported</source>
        <translation>导出积分流水</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>积分已调整</translation>
    </message>
    <message>
        <source>Adjustment requested</source>
        <translation>申请积分调整</translation>
    </message>
    <message>
        <source>Adjustment approved</source>
        <translation>批准积分调整</translation>
    </message>
    <message>
        <source>Adjustment rejected</source>
        <translation>驳回积分调整</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>积分过期处理</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>等级复核</translation>
    </message>
    <message>
        <source>Charity project added</source>
        <translation>新增公益项目</translation>
    </message>
    <message>
        <source>Points donated</source>
        <translation>积分捐赠</translation>
    </message>
    <message>
        <source>Earning rate changed</source>
        <translation>修改积分比例</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>修改会员等级</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整单</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <source>Catalog item added</source>
        <translation>新增兑换商品</translation>
    </message>
    <message>
        <source>Catalog item changed</source>
        <translation>修改兑换商品</translation>
    </message>
    <message>
        <source>Catalog picture changed</source>
        <translation>更换商品图片</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>导入兑换目录</translation>
    </message>
    <message>
        <source>Catalog exported</source>
        <translation>导出兑换目录</translation>
    </message>
    <message>
        <source>Item redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Redemption cancelled</source>
        <translation>取消兑换</translation>
    </message>
    <message>
        <source>catalog item</source>
        <translation>兑换商品</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>兑换目录</translation>
    </message>
    <message>
        <source>redemption</source>
        <translation>兑换单</translation>
    </message>
    <message>
        <source>Daily close: chain head exported</source>
        <translation>日结：导出审计链头</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Campaign drafted</source>
        <translation>活动草稿已创建</translation>
    </message>
    <message>
        <source>Campaign draft changed</source>
        <translation>活动草稿已修改</translation>
    </message>
    <message>
        <source>New campaign version drafted</source>
        <translation>已起草活动新版本</translation>
    </message>
    <message>
        <source>Campaign submitted for approval</source>
        <translation>活动已提交审批</translation>
    </message>
    <message>
        <source>Campaign approved</source>
        <translation>活动已批准</translation>
    </message>
    <message>
        <source>Campaign rejected</source>
        <translation>活动已驳回</translation>
    </message>
    <message>
        <source>Campaign cancelled</source>
        <translation>活动已取消</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Check-ins imported</source>
        <translation>签到已导入</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Badge prize collected</source>
        <translation>勋章奖品已领取</translation>
    </message>
    <message>
        <source>Personal-data request logged</source>
        <translation>登记个人信息申请</translation>
    </message>
    <message>
        <source>Personal-data request refused</source>
        <translation>拒绝个人信息申请</translation>
    </message>
    <message>
        <source>Copy of a member&apos;s data exported</source>
        <translation>导出会员个人信息副本</translation>
    </message>
    <message>
        <source>Member&apos;s personal data erased</source>
        <translation>删除会员个人信息</translation>
    </message>
    <message>
        <source>Expiry reminders&apos; SMS file written</source>
        <translation>写出积分到期提醒短信文件</translation>
    </message>
    <message>
        <source>Members reminded of expiring points</source>
        <translation>提醒会员积分即将到期</translation>
    </message>
    <message>
        <source>Text of the programme rules changed</source>
        <translation>积分规则章节说明已修改</translation>
    </message>
    <message>
        <source>Version of the programme rules saved</source>
        <translation>已保存积分规则版本</translation>
    </message>
    <message>
        <source>Programme rules published</source>
        <translation>已发布积分规则</translation>
    </message>
    <message>
        <source>Home store changed</source>
        <translation>所属门店已修改</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>数据库已备份</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>数据库已从备份恢复</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改了自己的密码</translation>
    </message>
    <message>
        <source>Member list exported</source>
        <translation>导出会员名单</translation>
    </message>
    <message>
        <source>Scenario or partner merchant added</source>
        <translation>新增消费场景或合作商户</translation>
    </message>
    <message>
        <source>Scenario or partner merchant renamed</source>
        <translation>消费场景或合作商户改名</translation>
    </message>
</context>
<context>
    <name>pd::AuditWords</name>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>points used</source>
        <translation>抵扣积分</translation>
    </message>
    <message>
        <source>points before</source>
        <translation>原积分</translation>
    </message>
    <message>
        <source>points taken back</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>points in a new lot</source>
        <translation>转入新批次积分</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>project</source>
        <translation>公益项目</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整单</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>points per yuan</source>
        <translation>每元积分</translation>
    </message>
    <message>
        <source>multiplier %</source>
        <translation>倍率 %</translation>
    </message>
    <message>
        <source>stock before</source>
        <translation>原库存</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>computer account</source>
        <translation>电脑账户</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>流水</translation>
    </message>
    <message>
        <source>chain head</source>
        <translation>链头</translation>
    </message>
    <message>
        <source>last ledger entry</source>
        <translation>最后一笔流水</translation>
    </message>
    <message>
        <source>ledger digest</source>
        <translation>流水摘要</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>会员卡 %1</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>退货单 %1</translation>
    </message>
    <message>
        <source>redemption %1</source>
        <translation>兑换单 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>catalog item %1</source>
        <translation>兑换商品 %1</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>adjustment #%1</source>
        <translation>调整单 #%1</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>points each</source>
        <translation>每件积分</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>make-up card</source>
        <translation>补签卡</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未用</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>points per ¥100</source>
        <translation>每百元积分</translation>
    </message>
    <message>
        <source>partner merchant</source>
        <translation>合作商户</translation>
    </message>
</context>
<context>
    <name>pd::AuthService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名由 2 到 32 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The name &quot;system&quot; is reserved.</source>
        <translation>“system”是保留名称，不能使用。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>This database already has users; log in as an administrator.</source>
        <translation>该数据库已有用户，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>登录失败次数过多：该账号锁定至 %1。管理员可提前解锁。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The programme needs at least one active administrator.</source>
        <translation>系统至少需要保留一位在用的管理员。</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>没有门店 %1。</translation>
    </message>
    <message>
        <source>The computer&apos;s operator has no password here: log in as a user (--user NAME).</source>
        <translation>本机操作员在此没有密码：请以用户身份登录（--user NAME）。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>This password is too easy to guess: %1. A few words that do not belong together, with a digit or a sign, make a good one.</source>
        <translation>这个密码太容易被猜中：%1。几个互不相干的词，再加一个数字或符号，就是好密码。</translation>
    </message>
</context>
<context>
    <name>pd::Backup</name>
    <message>
        <source>The backup %1 could not be written to disk: %2</source>
        <translation>备份 %1 无法写入磁盘：%2</translation>
    </message>
    <message>
        <source>%1 cannot be used as a backup: %2</source>
        <translation>%1 不能用作备份：%2</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>没有备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>无法将备份 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>it is not a database file, or it is damaged.</source>
        <translation>它不是数据库文件，或已损坏。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>it holds no PointsDesk data.</source>
        <translation>其中没有 PointsDesk 数据。</translation>
    </message>
    <message>
        <source>its ledger does not add up: %1</source>
        <translation>其积分账本对不上：%1</translation>
    </message>
    <message>
        <source>its audit trail is broken at record %1: %2</source>
        <translation>其审计记录链在第 %1 条断开：%2</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up by its server, with the desks open: pg_dump --format=custom --file=pointsdesk.dump %1 (restored with pg_restore). See the user guide.</source>
        <translation>PostgreSQL 数据库由其服务器备份，各前台无需关闭：pg_dump --format=custom --file=pointsdesk.dump %1（用 pg_restore 恢复）。详见用户指南。</translation>
    </message>
    <message>
        <source>%1 already exists: a backup never writes over a file. Choose another name.</source>
        <translation>%1 已存在：备份从不覆盖已有文件。请换一个文件名。</translation>
    </message>
    <message>
        <source>The database could not be copied to %1.</source>
        <translation>无法将数据库复制到 %1。</translation>
    </message>
    <message>
        <source>At least one backup is kept.</source>
        <translation>至少要保留一份备份。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No room to check the backup: %1</source>
        <translation>没有空间检查备份：%1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was restored.</source>
        <translation>无法将 %1 移到一旁；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database was left as it was.</source>
        <translation>无法用备份替换 %1；数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>pd::BatchJobs</name>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
</context>
<context>
    <name>pd::Campaign</name>
    <message>
        <source>Points multiplier</source>
        <translation>积分倍增</translation>
    </message>
    <message>
        <source>Welcome points</source>
        <translation>注册送积分</translation>
    </message>
    <message>
        <source>First-purchase bonus</source>
        <translation>首单奖励</translation>
    </message>
    <message>
        <source>Redemption sale</source>
        <translation>兑换特惠</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>is not a date YYYY-MM-DD: %1</source>
        <translation>不是 YYYY-MM-DD 格式的日期：%1</translation>
    </message>
    <message>
        <source>must be a list of codes</source>
        <translation>必须是编码列表</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a list of whole numbers from %1 to %2</source>
        <translation>必须是 %1 至 %2 之间的整数列表</translation>
    </message>
    <message>
        <source>must be an amount in yuan</source>
        <translation>必须是以元为单位的金额</translation>
    </message>
    <message>
        <source>is not a campaign field</source>
        <translation>不是活动字段</translation>
    </message>
    <message>
        <source>has 2 to 32 capital letters, digits or hyphens: %1</source>
        <translation>应为 2 至 32 个大写字母、数字或连字符：%1</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>超过 100 个字符</translation>
    </message>
    <message>
        <source>is before from</source>
        <translation>早于开始日期</translation>
    </message>
    <message>
        <source>%1 is outside the campaign&apos;s window</source>
        <translation>%1 不在活动期内</translation>
    </message>
    <message>
        <source>must be a list of dates</source>
        <translation>必须是日期列表</translation>
    </message>
    <message>
        <source>there is no store %1</source>
        <translation>没有门店 %1</translation>
    </message>
    <message>
        <source>there is no earning scenario %1</source>
        <translation>没有积分场景 %1</translation>
    </message>
    <message>
        <source>there is no tier %1</source>
        <translation>没有等级 %1</translation>
    </message>
    <message>
        <source>%1 welcome points are above the programme&apos;s cap of %2: an outsized sign-up bonus is a lure the law forbids</source>
        <translation>注册送 %1 积分超过了计划上限 %2：过高的注册奖励属于法律禁止的诱导</translation>
    </message>
    <message>
        <source>there is no catalog item %1</source>
        <translation>没有兑换商品 %1</translation>
    </message>
    <message>
        <source>a sale price must be below the item&apos;s price of %1 points</source>
        <translation>特惠价必须低于商品原价 %1 积分</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>每日签到</translation>
    </message>
    <message>
        <source>must map streak days to points, as {&quot;3&quot;: 10, &quot;7&quot;: 50}</source>
        <translation>须把连续签到天数对应到积分，如 {&quot;3&quot;: 10, &quot;7&quot;: 50}</translation>
    </message>
    <message>
        <source>must map streak days 1–366 to 1 to 1,000,000 points: &quot;%1&quot;</source>
        <translation>须把连续签到第 1–366 天对应到 1 至 1,000,000 积分：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>day %1 of a streak is beyond the cycle of %2 days</source>
        <translation>连续第 %1 天超出了 %2 天的周期</translation>
    </message>
    <message>
        <source>a check-in must earn something: daily points or a streak bonus</source>
        <translation>签到须有所得：每日积分或连续签到奖励</translation>
    </message>
    <message>
        <source>Badge collection</source>
        <translation>积分勋章</translation>
    </message>
    <message>
        <source>must list 1 to 20 badges</source>
        <translation>须列出 1 至 20 枚勋章</translation>
    </message>
    <message>
        <source>each badge has its own code of 1 to 16 capital letters, digits or hyphens</source>
        <translation>每枚勋章须有各自的编码，由 1 至 16 个大写字母、数字或连字符组成</translation>
    </message>
    <message>
        <source>a badge has a name of 1 to 40 characters</source>
        <translation>勋章名称为 1 至 40 个字符</translation>
    </message>
    <message>
        <source>the rule is visits, green, scenarios, spend or streak, not &quot;%1&quot;</source>
        <translation>规则须为 visits、green、scenarios、spend 或 streak，而不是“%1”</translation>
    </message>
    <message>
        <source>a spend badge needs an amount in yuan above 0</source>
        <translation>消费勋章须有大于 0 的金额（元）</translation>
    </message>
    <message>
        <source>the count is a whole number from 1 to 10,000</source>
        <translation>次数须为 1 至 10,000 的整数</translation>
    </message>
    <message>
        <source>only a spend badge names a scenario</source>
        <translation>只有消费勋章可以指定场景</translation>
    </message>
    <message>
        <source>is not a campaign type (multiplier, welcome, first_purchase, sale, checkin, badges): %1</source>
        <translation>不是活动类型（multiplier、welcome、first_purchase、sale、checkin、badges）：%1</translation>
    </message>
    <message>
        <source>a completed collection gives reward points, a prize (reward_item) or both</source>
        <translation>集齐勋章须奖励积分、奖品（reward_item）或两者</translation>
    </message>
</context>
<context>
    <name>pd::CampaignListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Points awarded</source>
        <translation>已发放积分</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pd::CampaignService</name>
    <message>
        <source>There is no campaign %1.</source>
        <translation>没有活动 %1。</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处 JSON 格式错误：%2</translation>
    </message>
    <message>
        <source>expected one campaign object or an array of them</source>
        <translation>应为一个活动对象或活动对象数组</translation>
    </message>
    <message>
        <source>is not a campaign object</source>
        <translation>不是活动对象</translation>
    </message>
    <message>
        <source>%1 appears twice in the file</source>
        <translation>%1 在文件中出现了两次</translation>
    </message>
    <message>
        <source>The campaign %1 is %2; it cannot change until it is decided.</source>
        <translation>活动 %1 状态为“%2”，审批完成前不能修改。</translation>
    </message>
    <message>
        <source>The campaign %1 is %2; only a draft can be submitted.</source>
        <translation>活动 %1 状态为“%2”，只有草稿可以提交。</translation>
    </message>
    <message>
        <source>Write the terms as members will read them before submitting %1.</source>
        <translation>提交 %1 之前，请填写会员将看到的活动规则。</translation>
    </message>
    <message>
        <source>The system operator never approves: four eyes need two people. Log in as yourself.</source>
        <translation>系统操作员不能审批：双人复核需要两个人。请用您自己的账号登录。</translation>
    </message>
    <message>
        <source>You wrote the campaign %1: someone else must decide on it.</source>
        <translation>活动 %1 由您创建：必须由其他人审批。</translation>
    </message>
    <message>
        <source>The sale %1 of item %2 overlaps %3 (%4 – %5): one sale per item at a time.</source>
        <translation>商品 %2 的特惠 %1 与 %3（%4 – %5）时间重叠：同一商品同一时间只能有一个特惠。</translation>
    </message>
    <message>
        <source>The campaign %1 is %2; only a submitted campaign can be approved.</source>
        <translation>活动 %1 状态为“%2”，只有已提交的活动可以批准。</translation>
    </message>
    <message>
        <source>Say why the campaign is rejected.</source>
        <translation>请说明驳回原因。</translation>
    </message>
    <message>
        <source>The campaign %1 is %2; only a submitted campaign can be rejected.</source>
        <translation>活动 %1 状态为“%2”，只有已提交的活动可以驳回。</translation>
    </message>
    <message>
        <source>Say why the campaign is cancelled.</source>
        <translation>请说明取消原因。</translation>
    </message>
    <message>
        <source>The campaign %1 is %2 already.</source>
        <translation>活动 %1 已经是“%2”状态。</translation>
    </message>
    <message>
        <source>The campaign %1 is %2: change it as it is.</source>
        <translation>活动 %1 状态为“%2”：请直接修改它。</translation>
    </message>
    <message>
        <source>The check-in campaign %1 overlaps %2 (%3 – %4): one check-in campaign at a time.</source>
        <translation>签到活动 %1 与 %2（%3 – %4）时间重叠：同一时间只能有一个签到活动。</translation>
    </message>
</context>
<context>
    <name>pd::CampaignSimulator</name>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>模拟已取消。</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>请选择结束日期不早于开始日期的时段。</translation>
    </message>
</context>
<context>
    <name>pd::CampaignTerms</name>
    <message>
        <source>Mondays</source>
        <translation>每周一</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>每周二</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>每周三</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>每周四</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>每周五</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>每周六</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>每周日</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>on day %1 of each month</source>
        <translation>每月 %1 日</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Approved, starts %1</source>
        <translation>已批准，%1 开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Points × %1 (%2 %) %3; multipliers do not add up, the highest applies.</source>
        <translation>%3积分 × %1（%2%）；多个倍数活动不叠加，按最高者计。</translation>
    </message>
    <message>
        <source>%1 points for members who join in these dates, once per member.</source>
        <translation>活动期间注册的会员获赠 %1 积分，每人一次。</translation>
    </message>
    <message>
        <source>%1 points with a member&apos;s first purchase ever, once; returned goods take them back in proportion.</source>
        <translation>会员首次消费额外获赠 %1 积分，每人一次；退货时按比例扣回。</translation>
    </message>
    <message>
        <source>Item %1 for %2 points%3 instead of its catalog price.</source>
        <translation>商品 %1 特惠价 %2 积分%3，原价不适用。</translation>
    </message>
    <message>
        <source> + ¥%1</source>
        <translation> + ¥%1</translation>
    </message>
    <message>
        <source>In stores: %1.</source>
        <translation>适用门店：%1。</translation>
    </message>
    <message>
        <source>For: %1.</source>
        <translation>适用场景：%1。</translation>
    </message>
    <message>
        <source>For %1 members.</source>
        <translation>适用会员等级：%1。</translation>
    </message>
    <message>
        <source>On purchases of at least ¥%1 (after any points deduction).</source>
        <translation>单笔实付满 ¥%1（积分抵扣后）。</translation>
    </message>
    <message>
        <source>At most %1 campaign points per member.</source>
        <translation>每位会员最多获得 %1 活动积分。</translation>
    </message>
    <message>
        <source>While the campaign&apos;s %1 points last.</source>
        <translation>活动积分共 %1，送完即止。</translation>
    </message>
    <message>
        <source>Check in once a day for %1 points.</source>
        <translation>每天签到一次得 %1 积分。</translation>
    </message>
    <message>
        <source>+%1 on day %2</source>
        <translation>第 %2 天加 %1</translation>
    </message>
    <message>
        <source>Days in a row earn more: %1%2.</source>
        <translation>连续签到另有奖励：%1%2。</translation>
    </message>
    <message>
        <source>; after day %1 the count starts again</source>
        <translation>；满 %1 天后重新计算</translation>
    </message>
    <message>
        <source>%1 free make-up cards a month</source>
        <translation>每月 %1 张免费补签卡</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，之后</translation>
    </message>
    <message>
        <source>%1 points a card</source>
        <translation>每张 %1 积分</translation>
    </message>
    <message>
        <source>A missed day in the last %1 days can be made up: %2.</source>
        <translation>最近 %1 天内漏签的日子可以补签：%2。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>the prize %1, collected at the service desk</source>
        <translation>奖品 %1（到服务台领取）</translation>
    </message>
    <message>
        <source>Collect every badge within these dates: %1. The whole set gives %2. A badge counts purchases kept: a returned purchase no longer counts until the set is complete.</source>
        <translation>活动期间集齐全部勋章：%1。集齐可得%2。勋章只计未退货的消费：集齐之前，退货的消费不再计入。</translation>
    </message>
</context>
<context>
    <name>pd::Catalog</name>
    <message>
        <source>Daily necessities</source>
        <translation>日用品</translation>
    </message>
    <message>
        <source>Festival gift boxes</source>
        <translation>节日礼盒</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票券</translation>
    </message>
    <message>
        <source>Partner goods</source>
        <translation>合作商户商品</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>公益</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>On offer</source>
        <translation>可兑换</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>An item code has 1 to 32 letters, digits, dashes or underscores.</source>
        <translation>商品编码由 1 到 32 个字母、数字、短横线或下划线组成。</translation>
    </message>
    <message>
        <source>Give the item a name of up to 200 characters.</source>
        <translation>请填写商品名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The description is longer than 4,000 characters.</source>
        <translation>说明超过 4,000 个字符。</translation>
    </message>
    <message>
        <source>The points price is a whole number from 1 to 100,000,000.</source>
        <translation>所需积分为 1 到 100,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>The cash part must be between ¥0 and ¥1,000,000.</source>
        <translation>现金部分须在 ¥0 到 ¥1,000,000 之间。</translation>
    </message>
    <message>
        <source>The retail value must be between ¥0 and ¥1,000,000.</source>
        <translation>零售价值须在 ¥0 到 ¥1,000,000 之间。</translation>
    </message>
    <message>
        <source>Stock is a whole number from 0 to 100,000,000, or empty for unlimited.</source>
        <translation>库存为 0 到 100,000,000 之间的整数，留空表示不限。</translation>
    </message>
    <message>
        <source>A per-member limit is a whole number from 1 to 10,000, or empty for none.</source>
        <translation>每位会员限兑数量为 1 到 10,000 之间的整数，留空表示不限。</translation>
    </message>
    <message>
        <source>Early access is 0 to 365 days.</source>
        <translation>提前兑换天数为 0 到 365 天。</translation>
    </message>
    <message>
        <source>Early access needs a first day on offer to count back from.</source>
        <translation>提前兑换需要先设定开始兑换日期。</translation>
    </message>
    <message>
        <source>The last day on offer is before the first.</source>
        <translation>兑换结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The picture is larger than %1 KB after scaling.</source>
        <translation>缩放后的图片仍大于 %1 KB。</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures are stored.</source>
        <translation>只能保存 PNG 和 JPEG 图片。</translation>
    </message>
    <message>
        <source>There is no catalog item %1.</source>
        <translation>兑换目录中没有商品 %1。</translation>
    </message>
    <message>
        <source>There is no tier %1.</source>
        <translation>没有等级 %1。</translation>
    </message>
    <message>
        <source>There is already an item with the code %1.</source>
        <translation>编码 %1 的商品已存在。</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>已无库存</translation>
    </message>
    <message>
        <source>No store belongs to the partner merchant %1.</source>
        <translation>没有门店属于合作商户 %1。</translation>
    </message>
</context>
<context>
    <name>pd::CatalogModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>长期</translation>
    </message>
    <message numerus="yes">
        <source> (good credit %n day(s) earlier)</source>
        <translation>
            <numerusform>（信用良好会员提前 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1 件</translation>
    </message>
    <message>
        <source>What one point is worth in this item: (retail value − cash part) ÷ points.</source>
        <translation>兑换此商品时 1 积分的价值：（零售价值 − 现金部分）÷ 所需积分。</translation>
    </message>
    <message>
        <source>%L1 points</source>
        <translation>%L1 积分</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Points price</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <source>Plus cash</source>
        <translation>另付现金</translation>
    </message>
    <message>
        <source>Retail value</source>
        <translation>零售价值</translation>
    </message>
    <message>
        <source>1 point is worth</source>
        <translation>1 积分价值</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Limit per member</source>
        <translation>每人限兑</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>On offer</source>
        <translation>兑换期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 — not today: %2</source>
        <translation>%1 — 今日不可兑换：%2</translation>
    </message>
</context>
<context>
    <name>pd::CharityTotalsModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Points per ¥1 of goods</source>
        <translation>每 ¥1 物资所需积分</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>已捐积分</translation>
    </message>
    <message>
        <source>Matched ¥</source>
        <translation>配捐物资 ¥</translation>
    </message>
</context>
<context>
    <name>pd::CheckinMonth</name>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Made up</source>
        <translation>已补签</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏签</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>No check-in campaign</source>
        <translation>无签到活动</translation>
    </message>
</context>
<context>
    <name>pd::CheckinService</name>
    <message>
        <source>The check-in campaign %1 does not run in store %2.</source>
        <translation>签到活动“%1”不在门店 %2 进行。</translation>
    </message>
    <message>
        <source>No check-in campaign runs on %1.</source>
        <translation>%1 没有进行中的签到活动。</translation>
    </message>
    <message>
        <source>No make-up card is left this month (%1 free a month) and none are for sale.</source>
        <translation>本月补签卡已用完（每月免费 %1 张），且补签卡不出售。</translation>
    </message>
    <message>
        <source>A make-up card costs %1 points; the balance is %2.</source>
        <translation>补签卡每张 %1 积分；当前余额 %2。</translation>
    </message>
    <message>
        <source>%1 is still to come: a check-in is for today or a missed day.</source>
        <translation>%1 还没到：只能签到今天或补签漏签的日子。</translation>
    </message>
    <message>
        <source>The check-in campaign %1 has no make-up check-ins.</source>
        <translation>签到活动“%1”不能补签。</translation>
    </message>
    <message>
        <source>%1 is %2 days back: a missed day can be made up within %3 days.</source>
        <translation>%1 已是 %2 天前：漏签的日子只能在 %3 天内补签。</translation>
    </message>
    <message>
        <source>free make-up card</source>
        <translation>免费补签卡</translation>
    </message>
    <message>
        <source>bought make-up card</source>
        <translation>积分购买的补签卡</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当日签到</translation>
    </message>
    <message>
        <source>Already checked in for %1: nothing changed.</source>
        <translation>%1 已签到过：没有任何变动。</translation>
    </message>
    <message>
        <source>Checked in for %1 (%2, %3): %4 points. Days in a row: %5.</source>
        <translation>已签到 %1（%2，%3）：%4 积分。连续签到：%5 天。</translation>
    </message>
    <message>
        <source>Streak bonus for day %1 in a row (%2): +%3</source>
        <translation>连续签到第 %1 天奖励（%2）：+%3</translation>
    </message>
    <message>
        <source>Make-up card: −%1 points</source>
        <translation>补签卡：−%1 积分</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>余额：%1 积分</translation>
    </message>
    <message>
        <source>A check-in number has at most 64 characters.</source>
        <translation>签到单号最多 64 个字符。</translation>
    </message>
    <message>
        <source>The check-in %1 of store %2 was already posted with different content.</source>
        <translation>门店 %2 的签到单 %1 已登记过，且内容不同。</translation>
    </message>
    <message>
        <source>The membership of card %1 is %2: it cannot check in.</source>
        <translation>卡号 %1 的会员状态为%2：不能签到。</translation>
    </message>
    <message>
        <source>The check-in campaign %1 has just been cancelled.</source>
        <translation>签到活动“%1”刚刚被取消。</translation>
    </message>
</context>
<context>
    <name>pd::ComplianceChecks</name>
    <message>
        <source>The request of card %1 (%2), received on %3, has been open %4 days; the law allows %5.</source>
        <translation>卡号 %1 的申请（%2）于 %3 收到，已 %4 天未处理；法定期限为 %5 天。</translation>
    </message>
    <message>
        <source>Answer it on the Personal data requests tab: save the copy, erase, or refuse it with the reason.</source>
        <translation>请在“个人信息申请”页答复：保存副本、删除，或说明原因后拒绝。</translation>
    </message>
    <message>
        <source>Campaign %1 (%2) was to start on %3 but still waits for approval: members read terms the programme does not apply.</source>
        <translation>活动 %1（%2）应于 %3 开始，但仍在等待审批：会员看到的规则并未生效。</translation>
    </message>
    <message>
        <source>Approve or reject it on the Campaigns screen, or move its dates in a new draft.</source>
        <translation>请在“活动”页批准或驳回，或在新草稿中调整日期。</translation>
    </message>
    <message>
        <source>Welcome campaign %1 (%2) gives %3 points, above the cap of %4: a welcome bonus must not lure sign-ups.</source>
        <translation>注册礼活动 %1（%2）赠送 %3 积分，超过上限 %4：注册奖励不得诱导注册。</translation>
    </message>
    <message>
        <source>Cancel it and approve a version within the cap.</source>
        <translation>请取消该活动，并批准一个不超过上限的新版本。</translation>
    </message>
    <message>
        <source>Item %1 (%2) costs %3 points: every promotion of it must say so plainly (a platform was fined ¥200,000 for &quot;redeem points for a phone&quot; without saying it needed 100,000 points).</source>
        <translation>商品 %1（%2）需要 %3 积分：每次宣传都必须明确标示（曾有平台宣传“积分换手机”却未说明需要 100,000 积分，被罚款 20 万元）。</translation>
    </message>
    <message>
        <source>State the points price wherever the item is promoted, next to its picture.</source>
        <translation>凡宣传该商品之处，请在图片旁标明所需积分。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no retail value: what a point is worth in it cannot be disclosed.</source>
        <translation>商品 %1（%2）没有零售价：无法披露积分在其中的价值。</translation>
    </message>
    <message>
        <source>Enter its retail value on the Catalog screen.</source>
        <translation>请在“兑换目录”页填写零售价。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 members have points expiring within %2 days that no reminder run has covered.</source>
        <translation>有 %1 位会员的积分将在 %2 天内到期，尚未被任何提醒覆盖。</translation>
    </message>
    <message>
        <source>Run the expiry reminders on the Expiry reminders tab and send the SMS file through the gateway.</source>
        <translation>请在“积分到期提醒”页运行提醒，并通过短信网关发送短信文件。</translation>
    </message>
    <message>
        <source>Campaign %1 (%2) promotes item %3 for %4 points, but its terms do not state the points: a platform was fined ¥200,000 for &quot;redeem points for a phone&quot; without saying it needed 100,000 points.</source>
        <translation>活动 %1（%2）以 %4 积分推广商品 %3，但活动规则未写明所需积分：曾有平台宣传“积分换手机”却未说明需要 100,000 积分，被罚款 20 万元。</translation>
    </message>
    <message>
        <source>Write the %1 points into the campaign&apos;s terms, in a new version.</source>
        <translation>请在新版本的活动规则中写明 %1 积分。</translation>
    </message>
    <message>
        <source>The terms of campaign %1 (%2) do not state the points it gives or asks for: members cannot tell what they get.</source>
        <translation>活动 %1（%2）的条款没有写明赠送或所需的积分：会员无法知道能得到什么。</translation>
    </message>
    <message>
        <source>Write the points (or the multiple) into the terms, in a new version of the campaign.</source>
        <translation>在活动的新版本中把积分（或倍数）写进条款。</translation>
    </message>
    <message>
        <source>The programme rules have never been published: members cannot read how points are earned, expire and are used.</source>
        <translation>积分规则从未发布：会员无从了解积分如何获取、何时过期、如何使用。</translation>
    </message>
    <message>
        <source>On the Programme rules tab write the required sections, save a version and publish it.</source>
        <translation>在“积分规则公示”页填写必填章节，保存版本并发布。</translation>
    </message>
    <message>
        <source>The live configuration differs from the published rules (version %1) in %2 places: members read rules the programme no longer applies.</source>
        <translation>当前配置与已发布的积分规则（第 %1 版）有 %2 处不同：会员看到的规则与实际执行的不一致。</translation>
    </message>
    <message>
        <source>Compare the live rules with version %1 on the Programme rules tab, save a new version and publish it (with 30 days&apos; notice when it takes something away).</source>
        <translation>在“积分规则公示”页将当前规则与第 %1 版对比，保存新版本并发布（减少会员权益的变更须提前 30 天公示）。</translation>
    </message>
    <message>
        <source>Campaign %1 (%2) is approved but not in the published rules (version %3).</source>
        <translation>活动 %1（%2）已批准，但不在已发布的积分规则（第 %3 版）中。</translation>
    </message>
    <message>
        <source>Publish a new version of the rules that includes it.</source>
        <translation>发布包含它的新版积分规则。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is on offer but not in the published rules (version %3).</source>
        <translation>商品 %1（%2）正在兑换，但不在已发布的积分规则（第 %3 版）中。</translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation>第 %1 个字段超过 %2 字节</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：引号括起的字段没有结束引号</translation>
    </message>
    <message>
        <source>field %1 contains a NUL or control character</source>
        <translation>第 %1 个字段含有空字符或控制字符</translation>
    </message>
    <message>
        <source>field %1 has a quote inside an unquoted value</source>
        <translation>第 %1 个字段未加引号，但中间出现了引号</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote</source>
        <translation>第 %1 个字段的结束引号后还有文字</translation>
    </message>
    <message>
        <source>field %1 is not valid %2 text</source>
        <translation>第 %1 个字段不是有效的 %2 文本</translation>
    </message>
</context>
<context>
    <name>pd::DailyClose</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>pd::DailyPoints</name>
    <message>
        <source>Give a first day no later than the last day.</source>
        <translation>起始日期不能晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>pd::DataRequestListModel</name>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Handled on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>A PostgreSQL address looks like postgresql://user@host:port/name.</source>
        <translation>PostgreSQL 地址的格式为 postgresql://用户@主机:端口/库名。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The connection name is already in use.</source>
        <translation>该连接名称已在使用。</translation>
    </message>
    <message>
        <source>The database file is on a network share, where SQLite cannot lock it safely. Use a PostgreSQL server for several stores.</source>
        <translation>数据库文件位于网络共享上，SQLite 无法在那里安全加锁。多门店共用请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>The database file could not be set up for safe writing.</source>
        <translation>无法将数据库文件设置为安全写入模式。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告了一个错误。</translation>
    </message>
    <message>
        <source>Another desk was changing the same records at the same moment; please try again.</source>
        <translation>另一台终端正在同时修改相同的记录，请重试。</translation>
    </message>
    <message>
        <source>The PostgreSQL address has a parameter PointsDesk does not know: &quot;%1&quot;. It knows: %2.</source>
        <translation>PostgreSQL 地址中有 PointsDesk 不认识的参数“%1”。可用的参数：%2。</translation>
    </message>
    <message>
        <source>The value of %1 in the PostgreSQL address is empty or holds a semicolon.</source>
        <translation>PostgreSQL 地址中 %1 的值为空或含有分号。</translation>
    </message>
    <message>
        <source>sslmode is one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode 只能是 %1 之一，不能是“%2”。</translation>
    </message>
    <message>
        <source>target_session_attrs is one of %1, not &quot;%2&quot;.</source>
        <translation>target_session_attrs 只能是 %1 之一，不能是“%2”。</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 600, not &quot;%1&quot;.</source>
        <translation>connect_timeout 应为 1 到 600 之间的秒数，不能是“%1”。</translation>
    </message>
    <message>
        <source>The file given as %1 in the PostgreSQL address cannot be read: %2</source>
        <translation>PostgreSQL 地址中 %1 指定的文件无法读取：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL address gives %1 twice.</source>
        <translation>PostgreSQL 地址中 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing of this was saved.</source>
        <translation>与数据库服务器的连接中断了，这次操作没有保存任何内容。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while this was being saved: whether it was saved is not known. Look it up before doing it again.</source>
        <translation>保存时与数据库服务器的连接中断了，无法确定是否已保存。请先查询，再决定是否重做。</translation>
    </message>
</context>
<context>
    <name>pd::DbRoles</name>
    <message>
        <source>Database roles belong to a PostgreSQL server; an SQLite file has none (its triggers guard the history).</source>
        <translation>数据库角色属于 PostgreSQL 服务器；SQLite 文件没有角色（由其触发器守护历史记录）。</translation>
    </message>
    <message>
        <source>A role name has lower-case letters, digits and underscores, starts with a letter and is at most 63 long.</source>
        <translation>角色名由小写字母、数字和下划线组成，以字母开头，最长 63 个字符。</translation>
    </message>
    <message>
        <source>The application role must not be the owner (%1), who may drop the guards.</source>
        <translation>应用角色不能是所有者（%1），所有者可以移除这些保护。</translation>
    </message>
</context>
<context>
    <name>pd::DecidedAdjustmentsModel</name>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>By</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>pd::DemoData</name>
    <message>
        <source>The number of demo members must be between 0 and 50,000,000.</source>
        <translation>演示会员数量须在 0 到 50,000,000 之间。</translation>
    </message>
</context>
<context>
    <name>pd::DemoHistory</name>
    <message>
        <source>Give a number of receipts from 0 to 10,000,000.</source>
        <translation>小票数须在 0 至 10,000,000 之间。</translation>
    </message>
    <message>
        <source>There are no members to give a history to.</source>
        <translation>还没有会员，无法生成消费历史。</translation>
    </message>
</context>
<context>
    <name>pd::DocumentLookup</name>
    <message>
        <source>¥%1 paid, %2 points earned, %3 points used; ¥%4 returned</source>
        <translation>实付 ¥%1，得 %2 积分，抵扣 %3 积分；已退货 ¥%4</translation>
    </message>
    <message>
        <source>¥%1 returned of receipt %2, %3 points taken back</source>
        <translation>退货 ¥%1（小票 %2），扣回 %3 积分</translation>
    </message>
    <message>
        <source>%1 × %2 for %3 points; %4 cancelled</source>
        <translation>%1 件%2，用 %3 积分；已取消 %4 件</translation>
    </message>
    <message>
        <source>Type the number on the slip.</source>
        <translation>请输入凭条上的号码。</translation>
    </message>
    <message>
        <source>%1 · card %2 %3 · %4 · %5</source>
        <translation>%1 · 会员卡 %2 %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>pd::DonationService</name>
    <message>
        <source>A project code has 1 to 32 letters, digits, dashes or underscores.</source>
        <translation>项目代码由 1 到 32 个字母、数字、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>The matching rule needs a number of points above zero.</source>
        <translation>配捐规则的积分数必须大于零。</translation>
    </message>
    <message>
        <source>The project code %1 is already used.</source>
        <translation>项目代码 %1 已被使用。</translation>
    </message>
    <message>
        <source>Donate at least one point.</source>
        <translation>至少捐赠 1 积分。</translation>
    </message>
    <message>
        <source>There is no open charity project %1.</source>
        <translation>没有正在进行的公益项目 %1。</translation>
    </message>
    <message>
        <source>The membership of card %1 is %2: it cannot use points.</source>
        <translation>卡号 %1 的会员状态为“%2”：不能使用积分。</translation>
    </message>
</context>
<context>
    <name>pd::EarningBreakdown</name>
    <message>
        <source>¥%1 × %2 pt/¥ × %3 %4 % × %5 %6 %</source>
        <translation>¥%1 × 每元 %2 积分 × %3 %4% × %5 %6%</translation>
    </message>
    <message>
        <source> × campaign %1 %</source>
        <translation> × 活动 %1%</translation>
    </message>
    <message>
        <source> = %1 points</source>
        <translation> = %1 积分</translation>
    </message>
    <message>
        <source>, + %1 green points</source>
        <translation>，另加 %1 绿色积分</translation>
    </message>
    <message>
        <source>, + %1 bonus points</source>
        <translation>，另加 %1 奖励积分</translation>
    </message>
    <message>
        <source> × %1 %2 %</source>
        <translation> × %1 %2%</translation>
    </message>
    <message>
        <source> (the campaign&apos;s part cut to %1 by its budget)</source>
        <translation>（活动部分受预算限制，减为 %1）</translation>
    </message>
    <message>
        <source>%1 ×%2: +%3</source>
        <translation>%1 ×%2：+%3</translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1：+%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>pd::EarningRatesModel</name>
    <message>
        <source>Scenario</source>
        <translation>消费场景</translation>
    </message>
    <message>
        <source>Points per ¥100</source>
        <translation>每 ¥100 积分</translation>
    </message>
    <message>
        <source>A rate is a whole number of points from 0 to %1 per ¥100.</source>
        <translation>积分比例请填写 0 至 %1 之间的整数（每 100 元所得积分）。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字。</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 需要一个名称。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
</context>
<context>
    <name>pd::EntryReference</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 件%2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>退货 %1</translation>
    </message>
    <message>
        <source>Redemption %1</source>
        <translation>兑换 %1</translation>
    </message>
    <message>
        <source>Redemption %1 cancelled</source>
        <translation>取消兑换 %1</translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation>调整 #%1</translation>
    </message>
    <message>
        <source>Adjustment #%1 (%2)</source>
        <translation>调整 #%1（%2）</translation>
    </message>
    <message>
        <source>Expiry run as of %1</source>
        <translation>过期处理（截至 %1）</translation>
    </message>
    <message>
        <source>Donation to %1</source>
        <translation>捐赠：%1</translation>
    </message>
</context>
<context>
    <name>pd::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
</context>
<context>
    <name>pd::IdBlock</name>
    <message>
        <source>The database gave no new row numbers for %1.</source>
        <translation>数据库没有为 %1 分配新的行号。</translation>
    </message>
</context>
<context>
    <name>pd::Import</name>
    <message>
        <source>the store %1 exists with a different name or city</source>
        <translation>门店 %1 已存在，但名称或城市不同</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credit standing (good, normal or restricted)</source>
        <translation>“%1”不是有效的信用等级（good、normal 或 restricted）</translation>
    </message>
    <message>
        <source>the card %1 is already registered with different data</source>
        <translation>卡号 %1 已登记，但资料不同</translation>
    </message>
    <message>
        <source>line 1: the file is empty; expected the header %1</source>
        <translation>第 1 行：文件为空；应有表头 %1</translation>
    </message>
    <message>
        <source>line 1: header: %1</source>
        <translation>第 1 行：表头：%1</translation>
    </message>
    <message>
        <source>line 1: header: the column &quot;%1&quot; appears twice</source>
        <translation>第 1 行：表头：列“%1”出现了两次</translation>
    </message>
    <message>
        <source>line 1: header: unknown column &quot;%1&quot;; expected %2</source>
        <translation>第 1 行：表头：未知列“%1”；应为 %2</translation>
    </message>
    <message>
        <source>line 1: header: the column &quot;%1&quot; is missing</source>
        <translation>第 1 行：表头：缺少列“%1”</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际 %2 个</translation>
    </message>
    <message>
        <source>The export file could not be written.</source>
        <translation>无法写入导出文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points</source>
        <translation>“%1”不是整数积分</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (daily, gift_box, service, voucher, ticket, partner, charity)</source>
        <translation>“%1”不是有效类别（daily、gift_box、service、voucher、ticket、partner、charity）</translation>
    </message>
    <message>
        <source>the points price is missing</source>
        <translation>缺少所需积分</translation>
    </message>
    <message>
        <source>a per-member limit is from 1 to 10,000</source>
        <translation>每人限兑数量为 1 到 10,000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a limit period (day, month or year)</source>
        <translation>“%1”不是有效的限兑周期（day、month 或 year）</translation>
    </message>
    <message>
        <source>a limit period without a limit</source>
        <translation>填写了限兑周期却没有限兑数量</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>兑换商品</translation>
    </message>
</context>
<context>
    <name>pd::Insights</name>
    <message>
        <source>No store</source>
        <translation>无门店</translation>
    </message>
    <message>
        <source>Give a first day no later than the last day.</source>
        <translation>开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>所选时段不能超过十年。</translation>
    </message>
    <message>
        <source>The liability is too large to value.</source>
        <translation>未用积分过多，无法折算金额。</translation>
    </message>
    <message>
        <source>There is no partner merchant %1.</source>
        <translation>没有合作商户 %1。</translation>
    </message>
    <message>
        <source>Choose the month to settle.</source>
        <translation>请选择要结算的月份。</translation>
    </message>
    <message>
        <source>The points programme</source>
        <translation>积分计划</translation>
    </message>
    <message>
        <source>The settlement of %1 is too large to value.</source>
        <translation>%1 的结算金额过大，无法计算。</translation>
    </message>
    <message>
        <source>%1 pays the chain ¥%2</source>
        <translation>%1 应付连锁 ¥%2</translation>
    </message>
    <message>
        <source>The chain pays %1 ¥%2</source>
        <translation>连锁应付 %1 ¥%2</translation>
    </message>
    <message>
        <source>Nothing is owed</source>
        <translation>双方无应付款项</translation>
    </message>
</context>
<context>
    <name>pd::Invariants</name>
    <message>
        <source>balance differs from the sum of the ledger entries</source>
        <translation>余额与积分流水合计不符</translation>
    </message>
    <message>
        <source>points left in lots minus debt differ from the balance</source>
        <translation>积分批次余量减欠分与余额不符</translation>
    </message>
    <message>
        <source>a lot holds less than nothing or more than it was given</source>
        <translation>积分批次余量为负或超过发放数</translation>
    </message>
    <message>
        <source>debt while points are left in lots, or negative debt</source>
        <translation>批次中仍有积分却有欠分，或欠分为负</translation>
    </message>
    <message>
        <source>a receipt clawed back more than it earned or took back more than was paid</source>
        <translation>小票扣回的积分多于所得，或退货金额多于实付</translation>
    </message>
    <message>
        <source>%1: %2 (first: card %3)</source>
        <translation>%1：%2 位会员（第一位：卡号 %3）</translation>
    </message>
    <message>
        <source>a redemption differs from its ledger entries or its cancellations</source>
        <translation>兑换单与其积分流水或取消记录不符</translation>
    </message>
    <message>
        <source>%1: %2 (first: item %3)</source>
        <translation>%1：%2 件商品（第一件：%3）</translation>
    </message>
    <message>
        <source>a receipt differs from the points its ledger entries earned or used</source>
        <translation>小票与其积分流水所得或所用积分不符</translation>
    </message>
    <message>
        <source>the daily points totals differ from the ledger entries: %1 (first: %2)</source>
        <translation>每日积分汇总与积分流水不符：%1 处（第一处：%2）</translation>
    </message>
    <message>
        <source>a ledger entry earned or used points for a receipt of another member or for none</source>
        <translation>某条积分流水为其他会员的小票或不存在的小票获得或使用了积分</translation>
    </message>
    <message>
        <source>the receipts&apos; points differ from their ledger entries</source>
        <translation>小票的积分与其积分流水不符</translation>
    </message>
    <message>
        <source>an item&apos;s stock differs from the units received less those redeemed and not cancelled and the prizes collected</source>
        <translation>商品库存不等于入库数减去未取消的兑换数和已领取的奖品数</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>无门店</translation>
    </message>
    <message>
        <source>the open points per store differ from the lots: %1 (first: %2)</source>
        <translation>各门店的未用积分与积分批次不一致：%1 个门店（首个：%2）</translation>
    </message>
    <message>
        <source>the earning by scenario differs from the receipts: %1 (first: %2)</source>
        <translation>按消费场景的积分汇总与小票不符：%1 处（第一处：%2）</translation>
    </message>
    <message>
        <source>the redemptions by item differ from the redemptions: %1 (first: %2)</source>
        <translation>按商品的兑换汇总与兑换记录不符：%1 处（第一处：%2）</translation>
    </message>
    <message>
        <source>any store</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>the active members differ from the receipts (first: %1 %2)</source>
        <translation>活跃会员汇总与小票不符（第一处：%1 %2）</translation>
    </message>
    <message>
        <source>the members per tier differ from the members (first: %1 %2)</source>
        <translation>各等级会员数与会员记录不符（第一处：%1 %2）</translation>
    </message>
    <message>
        <source>the tier moves per day differ from the tier moves (first: %1 %2 %3 → %4)</source>
        <translation>每日等级变动汇总与等级变动记录不符（第一处：%1 %2 %3 → %4）</translation>
    </message>
</context>
<context>
    <name>pd::Ledger</name>
    <message>
        <source>There is no such member.</source>
        <translation>没有这位会员。</translation>
    </message>
    <message>
        <source>There is no member with the card %1.</source>
        <translation>没有卡号为 %1 的会员。</translation>
    </message>
    <message>
        <source>The member has only %1 points; %2 are needed.</source>
        <translation>该会员只有 %1 积分；需要 %2 积分。</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Green points</source>
        <translation>绿色积分</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>勋章</translation>
    </message>
    <message>
        <source>Welcome points</source>
        <translation>欢迎积分</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Taken back (return)</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>捐赠</translation>
    </message>
</context>
<context>
    <name>pd::LedgerChain</name>
    <message>
        <source>The ledger of card %1 does not end where the member&apos;s head says: its last entries were removed, or the head was changed.</source>
        <translation>卡号 %1 的积分流水没有结束在会员记录的链头所指之处：最后的流水被删除了，或链头被改动过。</translation>
    </message>
    <message>
        <source>Ledger entry %1 (card %2) does not match its chain: it was changed, or an entry of this member before it was removed or moved.</source>
        <translation>积分流水 %1（卡号 %2）与其哈希链不符：该流水被改动过，或该会员在它之前的某条流水被删除或移动过。</translation>
    </message>
    <message>
        <source>The ledger up to entry %1 differs from the one recorded at the daily close of %2: it was rewritten.</source>
        <translation>截至流水 %1 的积分流水与 %2 日结时记录的不一致：流水被改写过。</translation>
    </message>
    <message>
        <source>Ledger entry %1 belongs to no member.</source>
        <translation>积分流水 %1 不属于任何会员。</translation>
    </message>
</context>
<context>
    <name>pd::LedgerModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>积分说明</translation>
    </message>
</context>
<context>
    <name>pd::Member</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Good credit</source>
        <translation>信用良好</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>Enter the member&apos;s mobile number.</source>
        <translation>请输入会员的手机号。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1 (for example 13812345678).</source>
        <translation>手机号为以 1 开头的 11 位数字（例如 13812345678）。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>A card number has 4 to 20 letters or digits.</source>
        <translation>卡号由 4 到 20 个字母或数字组成。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
    <message>
        <source>A name has at most 50 characters and no control characters.</source>
        <translation>姓名最多 50 个字符，且不能含控制字符。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <source>Enter the date the member joined (YYYY-MM-DD).</source>
        <translation>请输入入会日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The joining date is in the future.</source>
        <translation>入会日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the member&apos;s home store.</source>
        <translation>请选择会员的归属门店。</translation>
    </message>
</context>
<context>
    <name>pd::MemberListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意营销</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Points expiring</source>
        <translation>将过期积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Last day to use</source>
        <translation>最后可用日</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>最近消费日</translation>
    </message>
    <message>
        <source>Receipts, last 90 days</source>
        <translation>近 90 天消费笔数</translation>
    </message>
    <message>
        <source>Receipts, 90 days before</source>
        <translation>此前 90 天消费笔数</translation>
    </message>
</context>
<context>
    <name>pd::MemberLists</name>
    <message>
        <source>Points expiring within 30 days</source>
        <translation>30 天内积分到期</translation>
    </message>
    <message>
        <source>Win back: no receipt in 90 days, points left</source>
        <translation>待唤回：90 天未消费且有积分</translation>
    </message>
    <message>
        <source>High potential: buying more often</source>
        <translation>高潜力：消费越来越频繁</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>The list could not be written: %1</source>
        <translation>无法写入名单：%1</translation>
    </message>
</context>
<context>
    <name>pd::MemberModel</name>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>归属门店</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>请先选择一位会员。</translation>
    </message>
</context>
<context>
    <name>pd::MemberRollups</name>
    <message>
        <source>The database gave no answer about the member&apos;s receipts.</source>
        <translation>数据库没有返回该会员的小票情况。</translation>
    </message>
</context>
<context>
    <name>pd::MemberService</name>
    <message>
        <source>There is no such member.</source>
        <translation>没有这位会员。</translation>
    </message>
    <message>
        <source>The card number %1 is already registered.</source>
        <translation>卡号 %1 已被登记。</translation>
    </message>
    <message>
        <source>The mobile number %1 belongs to another member.</source>
        <translation>手机号 %1 已属于另一位会员。</translation>
    </message>
    <message>
        <source>A card number cannot be changed; register a new card instead.</source>
        <translation>卡号不能修改；如需换卡请登记新卡。</translation>
    </message>
    <message>
        <source>This membership is closed and can no longer be changed.</source>
        <translation>该会员已注销，不能再修改。</translation>
    </message>
    <message>
        <source>(personal data erased)</source>
        <translation>（个人信息已删除）</translation>
    </message>
    <message>
        <source>This member&apos;s personal data was erased; register a new card for a new membership.</source>
        <translation>该会员的个人信息已删除；如需重新入会，请办理新卡。</translation>
    </message>
</context>
<context>
    <name>pd::Migrator</name>
    <message>
        <source>This database was written by a newer PointsDesk (schema %1; this program knows up to %2). Install the newer program to open it.</source>
        <translation>该数据库由较新版本的积分管家写入（结构版本 %1；本程序最高支持 %2）。请安装新版程序后再打开。</translation>
    </message>
    <message>
        <source>The database could not be backed up before the upgrade; nothing was changed.</source>
        <translation>升级前无法备份数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>A schema file is missing from the program.</source>
        <translation>程序缺少数据库结构文件。</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1; nothing was changed.</source>
        <translation>无法将数据库升级到结构版本 %1；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>pd::PasswordStrength</name>
    <message>
        <source>it is made of common words or passwords (letters swapped for look-alike digits do not help)</source>
        <translation>它由常见单词或常用密码组成（把字母换成形似的数字也无济于事）</translation>
    </message>
    <message>
        <source>it contains the user&apos;s name or the program&apos;s</source>
        <translation>它含有用户名或本程序的名称</translation>
    </message>
    <message>
        <source>it repeats the same characters</source>
        <translation>它重复相同的字符</translation>
    </message>
    <message>
        <source>it is a sequence such as abcd or 1234</source>
        <translation>它是 abcd 或 1234 这样的序列</translation>
    </message>
    <message>
        <source>it follows neighbouring keys on the keyboard</source>
        <translation>它沿着键盘上相邻的按键排列</translation>
    </message>
    <message>
        <source>it is mostly a date or a year</source>
        <translation>它主要是一个日期或年份</translation>
    </message>
    <message>
        <source>it is too short for its kind of characters</source>
        <translation>就其所用字符而言它太短</translation>
    </message>
</context>
<context>
    <name>pd::PendingAdjustmentsModel</name>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>当前余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
</context>
<context>
    <name>pd::PersonalDataService</name>
    <message>
        <source>A request cannot have been received on %1, a day still to come.</source>
        <translation>收到日期不能是 %1，这一天还没到。</translation>
    </message>
    <message>
        <source>The personal data of card %1 was already erased on %2.</source>
        <translation>卡号 %1 的个人信息已于 %2 删除。</translation>
    </message>
    <message>
        <source>A request of this kind for card %1 is already open.</source>
        <translation>卡号 %1 已有一条同类申请待处理。</translation>
    </message>
    <message>
        <source>There is no open request %1.</source>
        <translation>没有待处理的申请 %1。</translation>
    </message>
    <message>
        <source>The data of card %1 cannot be erased yet. %2</source>
        <translation>卡号 %1 的信息暂不能删除。%2</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>没有该会员。</translation>
    </message>
    <message>
        <source>There is no member with card %1.</source>
        <translation>没有卡号为 %1 的会员。</translation>
    </message>
    <message>
        <source>Give the reason (it is kept with the request).</source>
        <translation>请填写原因（与申请一并保存）。</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>原因超过 500 个字符。</translation>
    </message>
    <message>
        <source>Erasing a person&apos;s data is a compliance officer&apos;s decision: log in, or give --user NAME to the command line.</source>
        <translation>删除个人信息须由合规专员决定：请登录，或在命令行中使用 --user 用户名。</translation>
    </message>
    <message>
        <source>The member owes %1 points (a return took back points already spent); erase the data once the debt is settled.</source>
        <translation>该会员欠 %1 积分（退货收回了已使用的积分）；请在欠分结清后再删除。</translation>
    </message>
    <message>
        <source>An adjustment of the member&apos;s points waits for approval; erase the data once it is decided.</source>
        <translation>该会员有一笔积分调整等待审批；请在审批后再删除。</translation>
    </message>
    <message>
        <source>The member has a badge prize to collect; erase the data once it is collected.</source>
        <translation>该会员有待领取的勋章奖品；请在领取后再删除。</translation>
    </message>
    <message>
        <source>Copy of the data</source>
        <translation>获取副本</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>会员本人</translation>
    </message>
    <message>
        <source>A representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>pd::Points</name>
    <message>
        <source>Points used cannot be negative.</source>
        <translation>抵扣积分不能为负数。</translation>
    </message>
    <message>
        <source>Points can pay whole yuan only: %1 points are worth %2 yuan.</source>
        <translation>积分只能抵扣整元：%1 积分价值 %2 元。</translation>
    </message>
    <message>
        <source>Points can pay at most half of the bill: ¥%1 of points on ¥%2 paid.</source>
        <translation>积分最多抵扣账单的一半：积分抵 ¥%1，实付 ¥%2。</translation>
    </message>
    <message>
        <source>The member has only %1 points; %2 were to be used.</source>
        <translation>该会员只有 %1 积分，却要使用 %2 积分。</translation>
    </message>
    <message>
        <source>An expiry policy is &quot;annual&quot;, &quot;rolling N&quot; (N months, 1 to 99) or &quot;never&quot;.</source>
        <translation>有效期规则为 “annual”（按年）、“rolling N”（滚动 N 个月，1–99）或 “never”（永久）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan such as 368 or 368.50</source>
        <translation>“%1”不是以元为单位的金额（例如 368 或 368.50）</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>an amount has at most two decimals (fen)</source>
        <translation>金额最多两位小数（到分）</translation>
    </message>
    <message>
        <source>an amount above ¥1,000,000 is refused</source>
        <translation>金额超过 ¥1,000,000，不予受理</translation>
    </message>
</context>
<context>
    <name>pd::ReceiptService</name>
    <message>
        <source>The time is missing or not valid.</source>
        <translation>时间缺失或无效。</translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation>时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>A receipt number has 1 to 64 characters.</source>
        <translation>小票号为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>A receipt above ¥1,000,000 is refused.</source>
        <translation>超过 ¥1,000,000 的小票不予受理。</translation>
    </message>
    <message>
        <source>The green part must be between 0 and the amount.</source>
        <translation>绿色商品金额须在 0 与小票金额之间。</translation>
    </message>
    <message>
        <source>The receipt %1 of store %2 was already posted with different content.</source>
        <translation>门店 %2 的小票 %1 已登记过，但内容不同。</translation>
    </message>
    <message>
        <source>The membership of card %1 is %2: it cannot earn or use points.</source>
        <translation>卡号 %1 的会员状态为“%2”：不能累积或使用积分。</translation>
    </message>
    <message>
        <source>There is no earning scenario %1.</source>
        <translation>没有积分场景 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ReceiptSlip</name>
    <message>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>Member %1 (card %2)</source>
        <translation>会员 %1（卡号 %2）</translation>
    </message>
    <message>
        <source>%1 points paid ¥%2</source>
        <translation>%1 积分抵扣 ¥%2</translation>
    </message>
    <message>
        <source>Points earned: %1 · balance now: %2</source>
        <translation>本单获得积分：%1 · 当前余额：%2</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Redemption %1</source>
        <translation>兑换单 %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 points each%2</source>
        <translation>每件 %1 积分%2</translation>
    </message>
    <message>
        <source> (good-credit price)</source>
        <translation>（信用良好会员价）</translation>
    </message>
    <message>
        <source>Cash paid: ¥%1</source>
        <translation>现金支付：¥%1</translation>
    </message>
    <message>
        <source>Points used: %1 · balance now: %2</source>
        <translation>使用积分：%1 · 当前余额：%2</translation>
    </message>
    <message>
        <source>Keep this slip: with it a faulty item or a service not delivered can be cancelled and the points given back.</source>
        <translation>请保留此凭条：商品有质量问题或服务未兑现时，可凭此取消兑换并退回积分。</translation>
    </message>
</context>
<context>
    <name>pd::RedemptionCancelService</name>
    <message>
        <source>There is no redemption with the number %1.</source>
        <translation>没有单号为 %1 的兑换单。</translation>
    </message>
    <message>
        <source>Several stores used the number %1; say which store&apos;s redemption it is.</source>
        <translation>多家门店使用了单号 %1，请指明门店。</translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation>请说明取消兑换的原因。</translation>
    </message>
    <message>
        <source>Compensation is a whole number of points from 0 to 100,000,000.</source>
        <translation>补偿积分为 0 到 100,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>This membership is closed; nothing can be given back to it.</source>
        <translation>该会员已注销，无法退回积分。</translation>
    </message>
    <message>
        <source>The redemption %1 is already cancelled in full.</source>
        <translation>兑换单 %1 已全部取消。</translation>
    </message>
    <message>
        <source>Between 1 and %1 of the redemption %2 can still be cancelled.</source>
        <translation>兑换单 %2 还可取消 1 到 %1 件。</translation>
    </message>
    <message>
        <source>Compensation for redemption %1: %2</source>
        <translation>兑换单 %1 的补偿：%2</translation>
    </message>
</context>
<context>
    <name>pd::RedemptionService</name>
    <message>
        <source>%1 is not on offer (%2).</source>
        <translation>%1 当前不可兑换（%2）。</translation>
    </message>
    <message>
        <source>%1 was on offer until %2.</source>
        <translation>%1 的兑换期已于 %2 结束。</translation>
    </message>
    <message>
        <source>Until %1, %2 is offered only to members in good credit standing.</source>
        <translation>%1 之前，%2 仅限信用良好的会员提前兑换。</translation>
    </message>
    <message>
        <source>%1 is on offer from %2.</source>
        <translation>%1 自 %2 起才可兑换。</translation>
    </message>
    <message>
        <source>A redemption number has 1 to 64 characters.</source>
        <translation>兑换单号为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The quantity is a whole number from 1 to 1,000.</source>
        <translation>数量为 1 到 1,000 之间的整数。</translation>
    </message>
    <message>
        <source>The redemption %1 of store %2 was already made for something else.</source>
        <translation>门店 %2 的兑换单 %1 已用于其他兑换。</translation>
    </message>
    <message>
        <source>The membership of card %1 is %2: it cannot use points.</source>
        <translation>卡号 %1 的会员状态为%2，不能使用积分。</translation>
    </message>
    <message>
        <source>%1 is for %2 members and above; this member is %3.</source>
        <translation>%1 仅限%2及以上会员兑换；该会员为%3。</translation>
    </message>
    <message>
        <source>%1 is limited to %2 %3 for each member; this member has already redeemed %4 and asks for %5.</source>
        <translation>%1 每位会员%3限兑 %2 件；该会员已兑换 %4 件，本次要兑换 %5 件。</translation>
    </message>
    <message>
        <source>%1 × %2 needs %3 points; the member has %4.</source>
        <translation>%1 件%2 需要 %3 积分；该会员只有 %4 积分。</translation>
    </message>
    <message>
        <source>more</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation>%1 已无库存。</translation>
    </message>
    <message>
        <source>Only %1 of %2 left in stock.</source>
        <translation>%2 仅剩 %1 件库存。</translation>
    </message>
    <message>
        <source>%1 until %2: %3 points instead of %4; a point is worth %5 instead of %6%7</source>
        <translation>%1（至 %2）：%3 积分，原价 %4；每积分价值 %5，原为 %6%7</translation>
    </message>
</context>
<context>
    <name>pd::ReturnService</name>
    <message>
        <source>A return number has 1 to 64 characters.</source>
        <translation>退货单号为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>A return needs an amount above zero.</source>
        <translation>退货金额必须大于零。</translation>
    </message>
    <message>
        <source>The return %1 of store %2 was already posted with different content.</source>
        <translation>门店 %2 的退货单 %1 已登记过，但内容不同。</translation>
    </message>
    <message>
        <source>Store %1 has no receipt %2.</source>
        <translation>门店 %1 没有小票 %2。</translation>
    </message>
    <message>
        <source>A return cannot be earlier than its receipt.</source>
        <translation>退货时间不能早于小票时间。</translation>
    </message>
    <message>
        <source>Only ¥%1 of receipt %2 can still be returned; ¥%3 was asked.</source>
        <translation>小票 %2 只剩 ¥%1 可退，本次申请退 ¥%3。</translation>
    </message>
</context>
<context>
    <name>pd::Role</name>
    <message>
        <source>Cashier / front desk</source>
        <translation>收银/前台</translation>
    </message>
    <message>
        <source>Store back office</source>
        <translation>门店后台</translation>
    </message>
    <message>
        <source>Campaign manager</source>
        <translation>活动策划</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>pd::Rules</name>
    <message>
        <source>No tiers are defined.</source>
        <translation>尚未定义会员等级。</translation>
    </message>
    <message>
        <source>A scenario code has lower-case letters or digits, or is partner:&lt;code&gt;.</source>
        <translation>场景代码由小写字母或数字组成，或写作 partner:&lt;代码&gt;。</translation>
    </message>
    <message>
        <source>A rate is 0 to 10,000 points per ¥100.</source>
        <translation>积分比例为每 ¥100 积 0 到 10,000 分。</translation>
    </message>
    <message>
        <source>A tier needs a threshold of at least ¥0 and a multiplier of 0 to 1000 %.</source>
        <translation>等级门槛不能低于 ¥0，倍率须在 0 到 1000% 之间。</translation>
    </message>
    <message>
        <source>There is no tier %1.</source>
        <translation>没有等级 %1。</translation>
    </message>
    <message>
        <source>Each tier&apos;s threshold must be above the one of the tier below it.</source>
        <translation>每个等级的门槛必须高于下一级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number here.</source>
        <translation>“%1”在此处不是有效的数字。</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>没有设置项 %1。</translation>
    </message>
    <message>
        <source>Give the chain a name of 1 to 100 characters.</source>
        <translation>连锁名称须为 1 至 100 个字符。</translation>
    </message>
    <message>
        <source>A desk locks itself after 1 to %1 minutes without use.</source>
        <translation>前台电脑在无人使用 1 到 %1 分钟后自动锁定。</translation>
    </message>
    <message>
        <source>A scenario&apos;s name has at most %1 characters, on one line.</source>
        <translation>消费场景名称最多 %1 个字，且只能一行。</translation>
    </message>
    <message>
        <source>%1 is already the name of %2.</source>
        <translation>“%1”已是 %2 的名称。</translation>
    </message>
    <message>
        <source>Enter the partner merchant&apos;s name.</source>
        <translation>请输入合作商户的名称。</translation>
    </message>
    <message>
        <source>Enter the scenario&apos;s name.</source>
        <translation>请输入消费场景的名称。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>代码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>Enter a name for %1.</source>
        <translation>请为 %1 输入名称。</translation>
    </message>
    <message>
        <source>There is no scenario %1.</source>
        <translation>没有消费场景 %1。</translation>
    </message>
</context>
<context>
    <name>pd::RulesDiff</name>
    <message>
        <source>%1 goes down from %2 to %3.</source>
        <translation>%1从 %2 降至 %3。</translation>
    </message>
    <message>
        <source>%1 goes up from %2 to %3.</source>
        <translation>%1从 %2 升至 %3。</translation>
    </message>
    <message>
        <source>The points per ¥100</source>
        <translation>每消费 100 元所得积分</translation>
    </message>
    <message>
        <source>The share of points earned (%)</source>
        <translation>积分比例（%）</translation>
    </message>
    <message>
        <source>The spend a tier needs</source>
        <translation>等级所需消费</translation>
    </message>
    <message>
        <source>The tier&apos;s share of points (%)</source>
        <translation>等级积分比例（%）</translation>
    </message>
    <message>
        <source>Perks removed: %1.</source>
        <translation>取消的权益：%1。</translation>
    </message>
    <message>
        <source>The value of a point</source>
        <translation>每积分价值</translation>
    </message>
    <message>
        <source>The share of a bill points may pay (%)</source>
        <translation>积分可抵扣比例（%）</translation>
    </message>
    <message>
        <source>The price good credit pays (%)</source>
        <translation>信用良好会员的兑换价格比例（%）</translation>
    </message>
    <message>
        <source>The days refunded points stay valid</source>
        <translation>退回积分的有效天数</translation>
    </message>
    <message>
        <source>Points earned from then on expire sooner.</source>
        <translation>此后获得的积分将更早过期。</translation>
    </message>
    <message>
        <source>The campaign&apos;s multiplier (%)</source>
        <translation>活动积分倍数（%）</translation>
    </message>
    <message>
        <source>The sale price (points)</source>
        <translation>特惠价格（积分）</translation>
    </message>
    <message>
        <source>The bonus (points)</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>The minimum receipt</source>
        <translation>最低消费金额</translation>
    </message>
    <message>
        <source>The points of a check-in</source>
        <translation>每次签到积分</translation>
    </message>
    <message>
        <source>The price of a make-up card</source>
        <translation>补签卡价格</translation>
    </message>
    <message>
        <source>The reward of a badge collection</source>
        <translation>集齐勋章的奖励积分</translation>
    </message>
    <message>
        <source>A streak bonus goes down or is removed.</source>
        <translation>连续签到奖励降低或取消。</translation>
    </message>
    <message>
        <source>It ends sooner: %1 instead of %2.</source>
        <translation>提前结束：%1（原为 %2）。</translation>
    </message>
    <message>
        <source>It starts later: %1 instead of %2.</source>
        <translation>推迟开始：%1（原为 %2）。</translation>
    </message>
    <message>
        <source>The points price</source>
        <translation>兑换所需积分</translation>
    </message>
    <message>
        <source>The cash part</source>
        <translation>现金部分</translation>
    </message>
    <message>
        <source>Members may redeem fewer of it.</source>
        <translation>会员可兑换的数量减少。</translation>
    </message>
    <message>
        <source>It needs a higher tier.</source>
        <translation>需要更高的会员等级。</translation>
    </message>
    <message>
        <source>It is offered for a shorter time.</source>
        <translation>兑换期缩短。</translation>
    </message>
    <message>
        <source>The item is withdrawn before the end of its offer.</source>
        <translation>商品在兑换期结束前下架。</translation>
    </message>
    <message>
        <source>The campaign is withdrawn before its end.</source>
        <translation>活动在结束前撤销。</translation>
    </message>
    <message>
        <source>A benefit is removed.</source>
        <translation>一项权益被取消。</translation>
    </message>
</context>
<context>
    <name>pd::RulesDocument</name>
    <message>
        <source>Points earned in a calendar year can be used until the end of 31 December of the following year; then they expire.</source>
        <translation>当年获得的积分可使用至次年 12 月 31 日结束，逾期作废。</translation>
    </message>
    <message>
        <source>Points can be used until the end of the month %1 months after the month they were earned in; then they expire.</source>
        <translation>积分自获得当月起 %1 个月后的月末前有效，逾期作废。</translation>
    </message>
    <message>
        <source>Points do not expire.</source>
        <translation>积分长期有效。</translation>
    </message>
    <message>
        <source>%1 (%2), from %3 to %4.</source>
        <translation>%1（%2），%3 至 %4。</translation>
    </message>
    <message>
        <source>Points are multiplied by %1 %.</source>
        <translation>积分按 %1% 计。</translation>
    </message>
    <message>
        <source>Item %1 costs %2 points during the sale.</source>
        <translation>活动期间商品 %1 仅需 %2 积分。</translation>
    </message>
    <message>
        <source>Bonus: %1 points.</source>
        <translation>奖励 %1 积分。</translation>
    </message>
    <message>
        <source>Check in once a day for %1 points.</source>
        <translation>每天签到一次得 %1 积分。</translation>
    </message>
    <message>
        <source>On day %1 in a row: %2 extra points.</source>
        <translation>连续签到第 %1 天额外奖励 %2 积分。</translation>
    </message>
    <message>
        <source>A missed day of the last %1 days can be made up: %2 free make-up cards a month, then %3 points a card.</source>
        <translation>近 %1 天内漏签可补签：每月 %2 张免费补签卡，之后每张 %3 积分。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>the prize %1, collected at the service desk</source>
        <translation>奖品 %1（到服务台领取）</translation>
    </message>
    <message>
        <source>Collect all %1 badges to receive %2.</source>
        <translation>集齐全部 %1 枚勋章可获得%2。</translation>
    </message>
    <message>
        <source>On receipts of at least %1.</source>
        <translation>单笔消费满 %1 适用。</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>活动条款：%1</translation>
    </message>
    <message>
        <source>%1 points + %2</source>
        <translation>%1 积分 + %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4; retail value %5.</source>
        <translation>%1（%2，%3）：%4；零售价值 %5。</translation>
    </message>
    <message>
        <source>At most %1 per member %2.</source>
        <translation>每位会员%2限兑 %1 件。</translation>
    </message>
    <message>
        <source>For %1 members and above.</source>
        <translation>限%1及以上会员。</translation>
    </message>
    <message>
        <source>On offer from %1 to %2.</source>
        <translation>兑换期：%1 至 %2。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>即日</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>另行通知</translation>
    </message>
    <message>
        <source>While stock lasts.</source>
        <translation>数量有限，兑完即止。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>总则</translation>
    </message>
    <message>
        <source>Earning points</source>
        <translation>积分获取</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Using points</source>
        <translation>积分使用</translation>
    </message>
    <message>
        <source>Validity of points</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source>Returns and corrections</source>
        <translation>退货与积分调整</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Redemption catalog</source>
        <translation>积分兑换商品</translation>
    </message>
    <message>
        <source>Personal data and questions</source>
        <translation>个人信息与咨询</translation>
    </message>
    <message>
        <source>A stored version of the rules cannot be read.</source>
        <translation>无法读取已保存的积分规则版本。</translation>
    </message>
    <message>
        <source>%1: %2 points for every ¥100 paid.</source>
        <translation>%1：每消费 100 元得 %2 积分。</translation>
    </message>
    <message>
        <source>Green goods earn %1 extra green points for every ¥100 paid for them.</source>
        <translation>购买绿色商品每 100 元另得 %1 绿色积分。</translation>
    </message>
    <message>
        <source>%1: from %2 spent in the last 12 months; earns %3 % of the points.</source>
        <translation>%1：近 12 个月消费满 %2；按 %3% 获得积分。</translation>
    </message>
    <message>
        <source>%1 perks: %2</source>
        <translation>%1权益：%2</translation>
    </message>
    <message>
        <source>A receipt raises the tier as soon as the spend reaches the next threshold (that receipt still earns at the old tier). Returns never lower the tier at once: the monthly review lowers it by one tier at most.</source>
        <translation>消费累计达到更高等级的门槛即时升级（该笔消费仍按原等级计分）。退货不会立即降级：每月评定时最多降一级。</translation>
    </message>
    <message>
        <source>A point is worth %1 when it pays part of a bill.</source>
        <translation>积分抵扣消费时每积分价值 %1。</translation>
    </message>
    <message>
        <source>Points can pay whole yuan only, at most %1 % of a bill, and never more than the balance.</source>
        <translation>积分只能抵扣整元，最多抵扣账单的 %1%，且不超过积分余额。</translation>
    </message>
    <message>
        <source>Members in good credit standing pay %1 % of an item&apos;s points price (rounded up) and may redeem limited items early.</source>
        <translation>信用良好的会员兑换商品按所需积分的 %1%（向上取整）支付，并可提前兑换限量商品。</translation>
    </message>
    <message>
        <source>Points are used in the order they expire.</source>
        <translation>积分按过期先后顺序使用。</translation>
    </message>
    <message>
        <source>Points given back for a cancelled redemption keep their validity; points that expired meanwhile can be used for at least %1 days more.</source>
        <translation>取消兑换退回的积分保留原有效期；其间已过期的积分自退回起至少还可使用 %1 天。</translation>
    </message>
    <message>
        <source>A return takes back the points of the returned part of the receipt, in proportion to the amount returned. When the balance is too small the difference is owed and repaid from later points.</source>
        <translation>退货按退货金额比例扣回该笔消费所得积分。积分余额不足时，差额记为欠分，由之后获得的积分抵还。</translation>
    </message>
    <message>
        <source>Staff correct points only with a written reason; corrections above %1 points need the approval of a second person.</source>
        <translation>工作人员调整积分须写明原因；超过 %1 积分的调整须经另一人审批。</translation>
    </message>
    <message>
        <source>%1: every member; earns %2 % of the points.</source>
        <translation>%1：所有会员；按 %2% 获得积分。</translation>
    </message>
    <message>
        <source>Members whose credit standing is &quot;%1&quot; earn %2 % of the points.</source>
        <translation>信用状况为“%1”的会员按 %2% 获得积分。</translation>
    </message>
</context>
<context>
    <name>pd::RulesPdf</name>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>pd::RulesText</name>
    <message>
        <source>No campaign is running or announced.</source>
        <translation>目前没有进行中或已公布的活动。</translation>
    </message>
    <message>
        <source>No item is on offer.</source>
        <translation>目前没有可兑换的商品。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Live configuration of %1 (not saved)</source>
        <translation>%1 的当前配置（未保存）</translation>
    </message>
    <message>
        <source>Version %1, in force from %2</source>
        <translation>第 %1 版，自 %2 起生效</translation>
    </message>
    <message>
        <source>Version %1 (not published)</source>
        <translation>第 %1 版（未发布）</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 对比</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>两个版本内容相同。</translation>
    </message>
    <message>
        <source>Takes something away:</source>
        <translation>减少会员权益：</translation>
    </message>
    <message>
        <source>Programme rules · %1</source>
        <translation>积分规则 · %1</translation>
    </message>
</context>
<context>
    <name>pd::RulesVersions</name>
    <message>
        <source>There is no version %1 of the rules.</source>
        <translation>没有第 %1 版积分规则。</translation>
    </message>
    <message>
        <source>The text of a section may hold at most %1 characters; this one has %2.</source>
        <translation>章节说明最多 %1 个字符，当前有 %2 个。</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: there is no new version to save.</source>
        <translation>自第 %1 版以来没有变化，无需保存新版本。</translation>
    </message>
    <message>
        <source>The rules cannot take effect on %1: that day is past. Choose %2 or later.</source>
        <translation>积分规则不能在 %1 生效：该日期已过。请选择 %2 或之后的日期。</translation>
    </message>
    <message>
        <source>Version %1 was already published: it takes effect on %2.</source>
        <translation>第 %1 版已发布，自 %2 起生效。</translation>
    </message>
    <message>
        <source>Version %1 is older than the published version %2: save a new version instead.</source>
        <translation>第 %1 版早于已发布的第 %2 版：请保存新版本后发布。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; of version %2 has no text. Write it, save a new version and publish that one.</source>
        <translation>第 %2 版的“%1”章节没有说明。请填写后保存新版本再发布。</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2; a later version cannot take effect before it.</source>
        <translation>第 %1 版自 %2 起生效，之后的版本不能早于该日期生效。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>Version %1 takes something away from members, so it can take effect on %2 at the earliest (%3 days&apos; notice): %4</source>
        <translation>第 %1 版减少了会员权益，最早只能在 %2 生效（须提前 %3 天公示）：%4</translation>
    </message>
</context>
<context>
    <name>pd::Scenario</name>
    <message>
        <source>Supermarket</source>
        <translation>超市购物</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>网上商城</translation>
    </message>
    <message>
        <source>Travel booking</source>
        <translation>旅行预订</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>加油</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>生活缴费</translation>
    </message>
    <message>
        <source>Partner: eyewear</source>
        <translation>合作商户：眼镜店</translation>
    </message>
    <message>
        <source>Partner: home textiles</source>
        <translation>合作商户：家纺</translation>
    </message>
    <message>
        <source>Partner: car 4S dealer</source>
        <translation>合作商户：汽车 4S 店</translation>
    </message>
</context>
<context>
    <name>pd::Session</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权执行此操作。</translation>
    </message>
    <message>
        <source>Your account has no home store, so it may not do this for a store. An administrator sets the home store on the Users screen.</source>
        <translation>您的账号没有所属门店，不能为门店办理此业务。请系统管理员在“用户”页面设置所属门店。</translation>
    </message>
    <message>
        <source>A cashier does this only at their own store (%1), not at store %2.</source>
        <translation>收银员只能在本人所属门店（%1）办理此业务，不能在门店 %2 办理。</translation>
    </message>
</context>
<context>
    <name>pd::SettlementPdf</name>
    <message>
        <source>Period: %1 to %2</source>
        <translation>结算期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Its stores: %1</source>
        <translation>所属门店：%1</translation>
    </message>
    <message>
        <source>Points given at its stores</source>
        <translation>其门店发放积分</translation>
    </message>
    <message>
        <source>Taken back for goods returned to its stores</source>
        <translation>其门店退货收回积分</translation>
    </message>
    <message>
        <source>Points it gave out</source>
        <translation>其发放积分净额</translation>
    </message>
    <message>
        <source>Taken as payment at its tills</source>
        <translation>其收银台积分抵现</translation>
    </message>
    <message>
        <source>Its items redeemed (%1 units)</source>
        <translation>其商品被兑换（%1 件）</translation>
    </message>
    <message>
        <source>Redemptions of its items cancelled (%1 units)</source>
        <translation>其商品兑换撤销（%1 件）</translation>
    </message>
    <message>
        <source>Points members spent with it</source>
        <translation>会员在其处使用积分</translation>
    </message>
    <message>
        <source>Net points</source>
        <translation>净积分</translation>
    </message>
    <message>
        <source>Value of one point</source>
        <translation>每 1 积分价值</translation>
    </message>
    <message>
        <source>Points are counted on their business day: a redemption in its month, its cancellation in the month it was cancelled. Points given at the partner&apos;s stores are owed to the chain, which honours them; points spent with the partner are owed to it.</source>
        <translation>积分按营业日计入：兑换计入兑换当月，撤销计入撤销当月。合作商户门店发放的积分由连锁承兑，故应付连锁；会员在合作商户处使用的积分由连锁支付给合作商户。</translation>
    </message>
    <message>
        <source>No store or item belongs to a partner merchant: there is nothing to settle.</source>
        <translation>没有门店或商品属于合作商户，无需结算。</translation>
    </message>
    <message>
        <source>Partner points settlement %1</source>
        <translation>合作商户积分结算单 %1</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>%1 — partner points settlement</source>
        <translation>%1 — 合作商户积分结算单</translation>
    </message>
</context>
<context>
    <name>pd::Statement</name>
    <message>
        <source>There is no member with the card %1.</source>
        <translation>没有卡号为 %1 的会员。</translation>
    </message>
    <message>
        <source>This month you used %1 points — thank you for shopping with us.</source>
        <translation>本月您使用了 %1 积分——感谢您的惠顾。</translation>
    </message>
    <message>
        <source>This month you earned %1 points.</source>
        <translation>本月您获得了 %1 积分。</translation>
    </message>
    <message>
        <source>No points moved this month.</source>
        <translation>本月积分没有变动。</translation>
    </message>
    <message>
        <source>You gave %1 points to charity.</source>
        <translation>您向公益项目捐赠了 %1 积分。</translation>
    </message>
    <message>
        <source>%1 points expire on %2: redeem them in time.</source>
        <translation>有 %1 积分将于 %2 到期，请及时兑换。</translation>
    </message>
    <message>
        <source>Store %1 has no members.</source>
        <translation>门店 %1 没有会员。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>This month you redeemed %1.</source>
        <translation>本月您兑换了%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>pd::StatementPdf</name>
    <message>
        <source>Monthly points statement</source>
        <translation>月度积分对账单</translation>
    </message>
    <message>
        <source>Member: %1 (card %2)</source>
        <translation>会员：%1（卡号 %2）</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Earned: %1</source>
        <translation>获得：%1</translation>
    </message>
    <message>
        <source>Green points</source>
        <translation>绿色积分</translation>
    </message>
    <message>
        <source>Other credits</source>
        <translation>其他增加</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Donated to charity</source>
        <translation>公益捐赠</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Taken back for returns</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <source>Other debits</source>
        <translation>其他减少</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>%1 points can be used until %2</source>
        <translation>%1 积分可使用至 %2</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Points are earned and used under the programme rules, version %1, in force from %2.</source>
        <translation>积分的获取与使用依据积分规则第 %1 版（自 %2 起生效）。</translation>
    </message>
    <message>
        <source>Tier: %1 (perks: %2)</source>
        <translation>等级：%1（等级权益：%2）</translation>
    </message>
</context>
<context>
    <name>pd::StoreListModel</name>
    <message>
        <source>Own store</source>
        <translation>自营门店</translation>
    </message>
    <message>
        <source>Partner: eyewear</source>
        <translation>合作商户：眼镜店</translation>
    </message>
    <message>
        <source>Partner: home textiles</source>
        <translation>合作商户：家纺</translation>
    </message>
    <message>
        <source>Partner: car 4S dealer</source>
        <translation>合作商户：汽车 4S 店</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>合作商户：%1</translation>
    </message>
</context>
<context>
    <name>pd::StoreService</name>
    <message>
        <source>A store code has 1 to 32 letters, digits, dashes or underscores.</source>
        <translation>门店代码由 1 到 32 个字母、数字、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>请输入门店名称。</translation>
    </message>
    <message>
        <source>The name or city is too long.</source>
        <translation>名称或城市过长。</translation>
    </message>
    <message>
        <source>A partner code has letters, digits, dashes or underscores.</source>
        <translation>合作商户代码只能包含字母、数字、连字符或下划线。</translation>
    </message>
    <message>
        <source>There is no store with the code %1.</source>
        <translation>没有代码为 %1 的门店。</translation>
    </message>
    <message>
        <source>The store code %1 is already used.</source>
        <translation>门店代码 %1 已被使用。</translation>
    </message>
    <message>
        <source>There is no partner merchant %1: add it on the programme screen first.</source>
        <translation>没有合作商户 %1：请先在“积分规则”页面添加。</translation>
    </message>
</context>
<context>
    <name>pd::TextEncoding</name>
    <message>
        <source>&quot;%1&quot; is not an encoding PointsDesk reads: use auto, utf-8 or gb18030</source>
        <translation>PointsDesk 不能读取编码“%1”：请使用 auto、utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text: save it as &quot;CSV UTF-8&quot; (or as CSV from Excel or WPS on a Chinese PC), or name its encoding</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本：请另存为“CSV UTF-8”（或在中文电脑上用 Excel、WPS 另存为 CSV），或指明其编码</translation>
    </message>
</context>
<context>
    <name>pd::TiersModel</name>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From ¥ (12 months)</source>
        <translation>门槛 ¥（12 个月）</translation>
    </message>
    <message>
        <source>Multiplier %</source>
        <translation>倍率 %</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>A threshold is a whole number of yuan, at least 0.</source>
        <translation>门槛请填写不小于 0 的整数（元）。</translation>
    </message>
    <message>
        <source>A multiplier is a whole percentage from 0 to %1.</source>
        <translation>倍率请填写 0 至 %1 之间的整数百分比。</translation>
    </message>
</context>
<context>
    <name>pd::TimeParse</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month of the form YYYY-MM</source>
        <translation>“%1”不是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2026-03-01T10:15:00</source>
        <translation>“%1”不是 ISO 8601 时间（例如 2026-03-01T10:15:00）</translation>
    </message>
</context>
<context>
    <name>pd::UnreachedReminderModel</name>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Expiring points</source>
        <translation>即将到期积分</translation>
    </message>
    <message>
        <source>Usable until</source>
        <translation>可用至</translation>
    </message>
    <message>
        <source>Not reminded because</source>
        <translation>未提醒原因</translation>
    </message>
</context>
<context>
    <name>pd::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>所属门店</translation>
    </message>
</context>
<context>
    <name>pd::badgeawards</name>
    <message>
        <source>Card %1 has not completed the badge collection %2.</source>
        <translation>卡号 %1 尚未集齐勋章活动 %2。</translation>
    </message>
    <message>
        <source>The badge collection %1 gives no prize.</source>
        <translation>勋章活动“%1”没有奖品。</translation>
    </message>
    <message>
        <source>The prize %1 was already collected on %2.</source>
        <translation>奖品 %1 已于 %2 领取。</translation>
    </message>
    <message>
        <source>The prize %1 is out of stock: it can be collected when the stock is back.</source>
        <translation>奖品 %1 暂时缺货：补货后可以领取。</translation>
    </message>
</context>
<context>
    <name>pd::badgerules</name>
    <message>
        <source>visits: %1</source>
        <translation>到店消费 %1 次</translation>
    </message>
    <message>
        <source>purchases with green goods: %1</source>
        <translation>购买绿色商品 %1 次</translation>
    </message>
    <message>
        <source>different kinds of purchase: %1</source>
        <translation>在 %1 种场景消费</translation>
    </message>
    <message>
        <source>¥%1 spent</source>
        <translation>消费满 ¥%1</translation>
    </message>
    <message>
        <source>¥%1 spent on %2</source>
        <translation>%2消费满 ¥%1</translation>
    </message>
    <message>
        <source>check-ins in a row: %1</source>
        <translation>连续签到 %1 天</translation>
    </message>
    <message>
        <source>Line %1: write CODE | name | rule | number, and for spend optionally | scenario (rules: visits, green, scenarios, spend, streak).</source>
        <translation>第 %1 行：请写成 编码 | 名称 | 规则 | 数值，消费规则可再加 | 场景（规则：visits、green、scenarios、spend、streak）。</translation>
    </message>
</context>
<context>
    <name>pd::cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>There is no database at %1; create it with &quot;init&quot; or &quot;demo&quot;.</source>
        <translation>%1 处没有数据库；请用 “init” 或 “demo” 创建。</translation>
    </message>
    <message>
        <source>The database %1 is not set up yet; run &quot;init&quot; first.</source>
        <translation>数据库 %1 尚未初始化；请先运行 “init”。</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept in %1</source>
        <translation>数据库已升级；旧版本保存在 %1</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>已创建管理员 %1。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>数据库就绪：%1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already present, %4 rejected%5</source>
        <translation>%1：新增 %2 条，已存在 %3 条，拒绝 %4 条%5</translation>
    </message>
    <message>
        <source> (cancelled; run again to continue)</source>
        <translation>（已取消；再次运行可继续）</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 members exported.</source>
        <translation>已导出 %1 位会员。</translation>
    </message>
    <message>
        <source>audit trail: intact, %1 records</source>
        <translation>审计记录：完好，共 %1 条</translation>
    </message>
    <message>
        <source>audit trail: BROKEN at record %1: %2</source>
        <translation>审计记录：在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <source>database file: integrity ok</source>
        <translation>数据库文件：完整性正常</translation>
    </message>
    <message>
        <source>database file: DAMAGED: %1</source>
        <translation>数据库文件：已损坏：%1</translation>
    </message>
    <message>
        <source>error: verification failed</source>
        <translation>错误：校验未通过</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 / %2 位会员</translation>
    </message>
    <message>
        <source>Demo data: %1 stores and %2 members added%3.</source>
        <translation>演示数据：新增 %1 家门店、%2 位会员%3。</translation>
    </message>
    <message>
        <source>, demo logins created (shown on the login screen)</source>
        <translation>，并创建了演示账号（显示在登录界面上）</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>错误：未知命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>%1 ledger entries exported.</source>
        <translation>已导出 %1 条积分流水。</translation>
    </message>
    <message>
        <source>ledger: all invariants hold</source>
        <translation>积分账：各项不变式均成立</translation>
    </message>
    <message>
        <source>ledger: BROKEN: %1</source>
        <translation>积分账：异常：%1</translation>
    </message>
    <message>
        <source>Expired %1 points of %2 members as of %3.</source>
        <translation>截至 %3，%2 位会员共 %1 积分已过期。</translation>
    </message>
    <message>
        <source>Tier review as of %1: %2 members changed tier.</source>
        <translation>截至 %1 的等级复核：%2 位会员等级变动。</translation>
    </message>
    <message>
        <source>Points statement %1 for card %2 (%3)</source>
        <translation>%1 积分对账单，卡号 %2（%3）</translation>
    </message>
    <message>
        <source>opening balance: %1</source>
        <translation>期初余额：%1</translation>
    </message>
    <message>
        <source>earned (%1): %2</source>
        <translation>获得（%1）：%2</translation>
    </message>
    <message>
        <source>green points: %1</source>
        <translation>绿色积分：%1</translation>
    </message>
    <message>
        <source>other credits: %1</source>
        <translation>其他增加：%1</translation>
    </message>
    <message>
        <source>used: %1</source>
        <translation>使用：%1</translation>
    </message>
    <message>
        <source>donated: %1</source>
        <translation>捐赠：%1</translation>
    </message>
    <message>
        <source>expired: %1</source>
        <translation>过期：%1</translation>
    </message>
    <message>
        <source>returned (clawed back): %1</source>
        <translation>退货扣回：%1</translation>
    </message>
    <message>
        <source>other debits: %1</source>
        <translation>其他减少：%1</translation>
    </message>
    <message>
        <source>closing balance: %1</source>
        <translation>期末余额：%1</translation>
    </message>
    <message>
        <source>expiring after %1: %2</source>
        <translation>%1 后到期：%2</translation>
    </message>
    <message>
        <source>This build cannot write PDF files.</source>
        <translation>此版本无法生成 PDF 文件。</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <source>%1 statements written to %2</source>
        <translation>%1 份对账单已写入 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number from 1).</source>
        <translation>“%1”不是有效数量（从 1 起的整数）。</translation>
    </message>
    <message>
        <source>Redemption %1 was already made: %2 points; nothing changed.</source>
        <translation>兑换单 %1 已经完成：%2 积分；未做任何更改。</translation>
    </message>
    <message>
        <source>Redemption %1: %2 × %3 for %4 points%5; balance now %6.</source>
        <translation>兑换单 %1：%2 件%3，使用 %4 积分%5；当前余额 %6。</translation>
    </message>
    <message>
        <source> and ¥%1 cash</source>
        <translation>，另付现金 ¥%1</translation>
    </message>
    <message>
        <source>Cancelled %1 of redemption %2: %3 points back (%4 to their lots, %5 in a new lot), balance now %6.</source>
        <translation>已取消兑换单 %2 的 %1 件：退回 %3 积分（%4 回到原批次，%5 存入新批次），当前余额 %6。</translation>
    </message>
    <message>
        <source>Compensation of %1 points waits for approval.</source>
        <translation>%1 补偿积分待审批。</translation>
    </message>
    <message>
        <source>Compensation of %1 points given.</source>
        <translation>已发放 %1 补偿积分。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 already present, %5 rejected%6</source>
        <translation>%1：新增 %2，更新 %3，已存在 %4，拒绝 %5%6</translation>
    </message>
    <message>
        <source>%1 catalog items exported.</source>
        <translation>已导出 %1 件兑换商品。</translation>
    </message>
    <message>
        <source>committed: %1 rows</source>
        <translation>已提交：%1 行</translation>
    </message>
    <message>
        <source>Daily close: audit record %1 is the head; kept in %2 (store it away from the database).</source>
        <translation>日结：审计记录 %1 为链头，已保存到 %2（请与数据库分开存放）。</translation>
    </message>
    <message>
        <source>%1 is not a file of daily closes.</source>
        <translation>%1 不是日结文件。</translation>
    </message>
    <message>
        <source>%1 holds no daily close yet.</source>
        <translation>%1 中还没有日结记录。</translation>
    </message>
    <message>
        <source>database file: indexes not compared with their tables (verify --full does, slowly)</source>
        <translation>数据库文件：未逐一核对索引与数据表（verify --full 会核对，较慢）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>No campaign was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何活动：共 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1 version %2: %3</source>
        <translation>草稿 %1 第 %2 版：%3</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>活动 %1：%2</translation>
    </message>
    <message>
        <source>Prize %1 of %2 collected by card %3.</source>
        <translation>卡号 %3 已领取“%2”的奖品 %1。</translation>
    </message>
    <message>
        <source>%1 findings, %2 of them errors.</source>
        <translation>共 %1 条检查结果，其中 %2 条错误。</translation>
    </message>
    <message>
        <source>The data of card %1 was written to %2.</source>
        <translation>卡号 %1 的个人信息已写入 %2。</translation>
    </message>
    <message>
        <source>The personal data of card %1 was erased; its points and history stay.</source>
        <translation>卡号 %1 的个人信息已删除；积分和记录保留。</translation>
    </message>
    <message>
        <source>Request %1 logged.</source>
        <translation>申请 %1 已登记。</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>申请 %1 已拒绝。</translation>
    </message>
    <message>
        <source>Reminders as of %1: %2 members newly reminded, %3 of them by SMS; the others gave no consent or have no mobile.</source>
        <translation>截至 %1 的提醒：新提醒 %2 位会员，其中 %3 位通过短信；其余未同意营销或没有手机号。</translation>
    </message>
    <message>
        <source>%1 messages of %2 written to %3.</source>
        <translation>%2 的 %1 条短信已写入 %3。</translation>
    </message>
    <message>
        <source>Compliance checks: %1 findings, %2 of them errors (pointsdesk-cli checks lists them).</source>
        <translation>合规检查：共 %1 条检查结果，其中 %2 条错误（用 pointsdesk-cli checks 查看）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>This program cannot write PDF files.</source>
        <translation>本程序无法生成 PDF 文件。</translation>
    </message>
    <message>
        <source>Programme rules written to %1.</source>
        <translation>积分规则已写入 %1。</translation>
    </message>
    <message>
        <source>No version of the rules is saved yet: run &quot;disclosure generate&quot; first.</source>
        <translation>尚未保存任何积分规则版本：请先运行“disclosure generate”。</translation>
    </message>
    <message>
        <source>Version %1 of the rules published: in force from %2.</source>
        <translation>第 %1 版积分规则已发布，自 %2 起生效。</translation>
    </message>
    <message>
        <source>%1 compared with %2: %3 changes.</source>
        <translation>%1 与 %2 对比：%3 处变化。</translation>
    </message>
    <message>
        <source>Version %1 of the rules saved (not yet published).</source>
        <translation>第 %1 版积分规则已保存（尚未发布）。</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;; the sections are: %2.</source>
        <translation>没有“%1”章节；章节有：%2。</translation>
    </message>
    <message>
        <source>Text of section &quot;%1&quot; saved.</source>
        <translation>“%1”章节说明已保存。</translation>
    </message>
    <message>
        <source>schema %1, %2 members, %3 receipts, %4 ledger entries, %5 audit records</source>
        <translation>结构版本 %1，会员 %2 名，小票 %3 张，账本记录 %4 条，审计记录 %5 条</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes, schema %3); check it with: restore --check %1</source>
        <translation>已备份到 %1（%2 字节，结构版本 %3）；检查方法：restore --check %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is already in %1.</source>
        <translation>今天的备份已在 %1 中。</translation>
    </message>
    <message>
        <source>Backed up to %1; the newest %2 backups are kept.</source>
        <translation>已备份到 %1；保留最新的 %2 份备份。</translation>
    </message>
    <message>
        <source>%1 is a sound backup: %2.</source>
        <translation>%1 是完好的备份：%2。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by its server: pg_restore --clean --dbname=%1 FILE.dump</source>
        <translation>PostgreSQL 数据库由其服务器恢复：pg_restore --clean --dbname=%1 FILE.dump</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库保留为 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: cashier, backoffice, campaign, compliance or admin</source>
        <translation>“%1”不是角色：请用 cashier、backoffice、campaign、compliance 或 admin</translation>
    </message>
    <message>
        <source>User %1 (%2) created.</source>
        <translation>已创建用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 members listed.</source>
        <translation>名单共 %1 位会员。</translation>
    </message>
    <message>
        <source>%1 of %2 receipts</source>
        <translation>已生成 %1 / %2 张小票</translation>
    </message>
    <message>
        <source>A year of history from %1 to %2: %3 receipts, %4 returns, %5 redemptions, %6 donations.</source>
        <translation>已生成 %1 至 %2 一年的历史：%3 张小票、%4 笔退货、%5 笔兑换、%6 笔捐赠。</translation>
    </message>
    <message numerus="yes">
        <source>Settlement of %n partner merchant(s) written to %1.</source>
        <translation>
            <numerusform>%n 个合作商户的结算单已写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database address holds a password, which other users of this computer can read in the list of running programs and the shell keeps in its history. Give it in PGPASSWORD, ~/.pgpass or a service file instead, or add --allow-url-password.</source>
        <translation>数据库地址中含有密码：本机其他用户能在运行中的程序列表里看到它，shell 也会把它记进历史。请改用 PGPASSWORD、~/.pgpass 或服务文件提供密码，或加上 --allow-url-password。</translation>
    </message>
    <message>
        <source>The password of %1 was chosen by an administrator or printed with the demo: choose your own first with &quot;pointsdesk-cli --user %1 passwd&quot; (the current password, then the new one, on standard input).</source>
        <translation>%1 的密码由管理员设定或随演示数据打印：请先用“pointsdesk-cli --user %1 passwd”设置自己的密码（标准输入先给当前密码，再给新密码）。</translation>
    </message>
    <message>
        <source>Application role %1 may use the programme; it cannot change or remove its history.</source>
        <translation>应用角色 %1 可以使用积分计划，但不能修改或删除其历史记录。</translation>
    </message>
    <message>
        <source>Owner role %1 owns the programme&apos;s tables; run the upgrades as %1.</source>
        <translation>所有者角色 %1 拥有积分计划的各表；请以 %1 的身份执行升级。</translation>
    </message>
    <message>
        <source>%1 is now called %2.</source>
        <translation>%1 现名为“%2”。</translation>
    </message>
    <message>
        <source>--rate is a whole number of points per ¥100.</source>
        <translation>--rate 是每 ¥100 的积分数（整数）。</translation>
    </message>
    <message>
        <source>%1 (%2) added: %3 points per ¥100.</source>
        <translation>已添加“%1”（%2）：每 ¥100 积 %3 分。</translation>
    </message>
    <message>
        <source>Link its stores on the stores screen; receipts there name the scenario %1.</source>
        <translation>请在“门店”页面关联它的门店；这些门店的小票以消费场景 %1 记录。</translation>
    </message>
</context>
<context>
    <name>pd::io</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Other users of this computer can read %1, with members&apos; names and mobiles inside. Make it yours alone: chmod 600 &quot;%1&quot;</source>
        <translation>这台电脑上的其他用户可以读取 %1，其中有会员的姓名和手机号。请设为仅您本人可读写：chmod 600 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>pd::reminders</name>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>未同意营销</translation>
    </message>
    <message>
        <source>No mobile number</source>
        <translation>无手机号</translation>
    </message>
</context>
<context>
    <name>pd::streaks</name>
    <message>
        <source>Write the streak bonuses as day: points, e.g. 3: 10, 7: 50 (not &quot;%1&quot;).</source>
        <translation>连续签到奖励请写成 天数: 积分，如 3: 10, 7: 50（而不是“%1”）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AdjustmentsPage</name>
    <message>
        <source>Ask for an adjustment</source>
        <translation>申请积分调整</translation>
    </message>
    <message>
        <source>why, e.g. points missing after a till outage</source>
        <translation>原因，例如：收银系统故障漏积分</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>提交调整</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>卡号：</translation>
    </message>
    <message>
        <source>Points (+ or −):</source>
        <translation>积分（正数增加，负数扣减）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <source>%1 points adjusted for card %2.</source>
        <translation>已为卡号 %2 调整 %1 积分。</translation>
    </message>
    <message>
        <source>Waiting for approval:</source>
        <translation>待审批：</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Past decisions:</source>
        <translation>审批记录：</translation>
    </message>
    <message>
        <source>The adjustment of %1 points for card %2 waits for approval.</source>
        <translation>卡号 %2 的 %1 积分调整已提交，等待审批。</translation>
    </message>
    <message>
        <source>%1 points for %2 (card %3)</source>
        <translation>为%2（卡号 %3）调整 %1 积分</translation>
    </message>
    <message>
        <source>Approve the adjustment of %1? Balance now: %2 points.</source>
        <translation>确定批准：%1？该会员当前余额 %2 积分。</translation>
    </message>
    <message>
        <source>Reject the adjustment of %1? Balance now: %2 points.</source>
        <translation>确定驳回：%1？该会员当前余额 %2 积分。</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>已批准：%1。</translation>
    </message>
    <message>
        <source>Rejected: %1.</source>
        <translation>已驳回：%1。</translation>
    </message>
    <message>
        <source>Choose a request in the queue first.</source>
        <translation>请先在待审批列表中选择一项。</translation>
    </message>
    <message>
        <source>Member&apos;s his&amp;tory…</source>
        <translation>会员积分明细(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>pd::ui::AppController</name>
    <message>
        <source>PointsDesk</source>
        <translation>积分管家</translation>
    </message>
    <message>
        <source>%1 typed a receipt or a return that was not posted. It is discarded when someone else logs in.</source>
        <translation>%1 录入的小票或退货尚未过账，换人登录后将被丢弃。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditPage</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s), each linked to the one before.</source>
        <translation>
            <numerusform>审计记录完好：共 %n 条，每条都与前一条相衔接。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>审计记录已被破坏：%1</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Card or record number</source>
        <translation>会员卡号或单据编号</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>对象(&amp;R)：</translation>
    </message>
    <message>
        <source>The %1 day is not a date: type it as YYYY-MM-DD.</source>
        <translation>%1日期不是有效日期：请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>first</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>last</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>The audit trail&apos;s chain, and the ledger: every member&apos;s chain, the invariants and the daily figures</source>
        <translation>审计记录链，以及积分账本：每位会员的记录链、不变量和每日汇总</translation>
    </message>
    <message>
        <source>&amp;Daily close…</source>
        <translation>日结(&amp;D)…</translation>
    </message>
    <message>
        <source>Records the day&apos;s anchor of the ledger in the audit trail and appends the trail&apos;s head to a file kept away from the database</source>
        <translation>在审计记录中登记当天账本的锚点，并把记录链的链头追加到一个存放在数据库之外的文件</translation>
    </message>
    <message>
        <source>Verifying the audit trail and the ledger…</source>
        <translation>正在校验审计记录和积分账本…</translation>
    </message>
    <message>
        <source>The ledger adds up: every member&apos;s chain, balance, lots and daily figures.</source>
        <translation>积分账本完全对得上：每位会员的记录链、余额、积分批次和每日汇总。</translation>
    </message>
    <message>
        <source>The ledger is broken: %1</source>
        <translation>积分账本有误：%1</translation>
    </message>
    <message>
        <source>Daily close: the file of heads</source>
        <translation>日结：链头文件</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation>正在日结…</translation>
    </message>
    <message>
        <source>Daily close: audit record %1 is the head; appended to %2. Keep that file away from this computer: verify compares the trail with it.</source>
        <translation>日结：第 %1 条审计记录为链头，已追加到 %2。请把该文件存放在本机以外：校验时会用它核对记录链。</translation>
    </message>
</context>
<context>
    <name>pd::ui::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole programme — members, points, receipts, the audit trail — written while the desks keep working; it holds everything committed when it began. Keep copies away from this computer (they hold members&apos; names and mobiles: only you can read them).

To restore one, close every desk and run:
    pointsdesk-cli --db %1 restore BACKUP
It checks the copy first and keeps the database it replaces. A daily backup for a scheduler:
    pointsdesk-cli --db %1 backup --dir FOLDER --keep 14</source>
        <translation>备份是整个积分计划（会员、积分、小票、审计记录）的副本，各前台照常工作时即可写出；它包含开始备份时已提交的全部内容。请把副本存放在本机以外（其中有会员姓名和手机号：只有您能读取）。

恢复时请先关闭所有前台，再运行：
    pointsdesk-cli --db %1 restore BACKUP
它会先检查副本，并保留被替换的数据库。供计划任务使用的每日备份：
    pointsdesk-cli --db %1 backup --dir FOLDER --keep 14</translation>
    </message>
    <message>
        <source>This programme lives on a PostgreSQL server, which backs it up with its own tools while the desks work:
    pg_dump --format=custom --file=pointsdesk.dump %1
and restores it with pg_restore --clean --dbname=%1 pointsdesk.dump. Ask whoever runs the server.</source>
        <translation>本积分计划存放在 PostgreSQL 服务器上，由服务器自带的工具在前台工作时备份：
    pg_dump --format=custom --file=pointsdesk.dump %1
并用 pg_restore --clean --dbname=%1 pointsdesk.dump 恢复。请联系服务器管理员。</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>备份到文件(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;heck a backup…</source>
        <translation>检查备份(&amp;H)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>PointsDesk backups (*.sqlite)</source>
        <translation>PointsDesk 备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Check it, then keep it away from this computer.</source>
        <translation>已备份到 %1（%2）。请检查后存放在本机以外。</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>PointsDesk backups (*.sqlite);;All files (*)</source>
        <translation>PointsDesk 备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the backup: every page, the ledger and the audit trail…</source>
        <translation>正在检查备份：每一页、积分账本和审计记录…</translation>
    </message>
    <message>
        <source>%1 is a sound backup: %2 members, %3 receipts, %4 ledger entries, %5 audit records (schema %6).</source>
        <translation>%1 是完好的备份：会员 %2 名，小票 %3 张，账本记录 %4 条，审计记录 %5 条（结构版本 %6）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::BadgeView</name>
    <message>
        <source>No badge collection runs now.</source>
        <translation>目前没有积分勋章活动。</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已获得</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Complete on %1.</source>
        <translation>已于 %1 集齐。</translation>
    </message>
    <message>
        <source>%1 points given.</source>
        <translation>已奖励 %1 积分。</translation>
    </message>
    <message>
        <source>Prize %1 waiting at the service desk.</source>
        <translation>奖品 %1 待在服务台领取。</translation>
    </message>
    <message>
        <source>Prize %1 collected on %2.</source>
        <translation>奖品 %1 已于 %2 领取。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>the prize %1</source>
        <translation>奖品 %1</translation>
    </message>
    <message>
        <source>The whole set gives %1.</source>
        <translation>集齐可得 %1。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
</context>
<context>
    <name>pd::ui::BatchJobDialog</name>
    <message>
        <source>Expiry run</source>
        <translation>积分过期处理</translation>
    </message>
    <message>
        <source>Monthly tier review</source>
        <translation>月度等级复核</translation>
    </message>
    <message>
        <source>Expires every lot whose validity ended before the chosen day. Running it again for the same day changes nothing.</source>
        <translation>将有效期在所选日期之前结束的积分作过期处理。对同一天重复运行不会再有变化。</translation>
    </message>
    <message>
        <source>Moves members down one tier where their spend of the last 12 months no longer reaches their tier.</source>
        <translation>近 12 个月消费已达不到当前等级的会员，降低一级。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至日期：</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>处理完当前一批后停止…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>%1 points of %2 members expired as of %3.</source>
        <translation>截至 %3，%2 位会员共 %1 积分已过期。</translation>
    </message>
    <message>
        <source>%1 members changed tier as of %2.</source>
        <translation>截至 %2，%1 位会员等级变动。</translation>
    </message>
    <message>
        <source>Cancelled: run it again to finish.</source>
        <translation>已取消：再次运行即可完成。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>… and %1 more (the audit trail has the run).</source>
        <translation>……另有 %1 位（详见审计记录）。</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>积分到期提醒</translation>
    </message>
    <message>
        <source>Reminds every member whose points expire within 30 days of the chosen day: by SMS when they consented and have a mobile. Points already reminded of are not reminded again.</source>
        <translation>提醒所选日期起 30 天内有积分到期的每位会员：已同意营销且有手机号的发送短信。已提醒过的积分不再重复提醒。</translation>
    </message>
    <message>
        <source>%1 members newly reminded as of %2, %3 of them by SMS.</source>
        <translation>截至 %2 新提醒 %1 位会员，其中 %3 位通过短信。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CampaignDialog</name>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. MKT-DAY-2027</source>
        <translation>例如 MKT-DAY-2027</translation>
    </message>
    <message>
        <source>as members see it, e.g. 赶集日双倍积分</source>
        <translation>会员看到的名称，例如：赶集日双倍积分</translation>
    </message>
    <message>
        <source>the conditions in your words, as members will read them (needed to submit)</source>
        <translation>用您自己的话写出活动条件，会员将看到这段文字（提交前必填）</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>不限金额</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>不限预算</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>e.g. 1, 15</source>
        <translation>例如 1, 15</translation>
    </message>
    <message>
        <source>e.g. 2027-05-20, 2027-06-18</source>
        <translation>例如 2027-05-20, 2027-06-18</translation>
    </message>
    <message>
        <source>%1 %2 (%3 points)</source>
        <translation>%1 %2（%3 积分）</translation>
    </message>
    <message>
        <source>the catalog&apos;s cash part</source>
        <translation>沿用商品目录的现金部分</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Multiplier:</source>
        <translation>倍率：</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Days of the month:</source>
        <translation>每月日期：</translation>
    </message>
    <message>
        <source>Single dates:</source>
        <translation>指定日期：</translation>
    </message>
    <message>
        <source>Item on sale:</source>
        <translation>特惠商品：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>Sale cash part ¥:</source>
        <translation>特惠现金部分 ¥：</translation>
    </message>
    <message>
        <source>Stores (none: all):</source>
        <translation>门店（不选即全部）：</translation>
    </message>
    <message>
        <source>Scenarios (none: all):</source>
        <translation>场景（不选即全部）：</translation>
    </message>
    <message>
        <source>Tiers (none: all):</source>
        <translation>等级（不选即全部）：</translation>
    </message>
    <message>
        <source>Minimum amount ¥:</source>
        <translation>最低金额 ¥：</translation>
    </message>
    <message>
        <source>Budget (points):</source>
        <translation>预算（积分）：</translation>
    </message>
    <message>
        <source>Per member (points):</source>
        <translation>每人上限（积分）：</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>活动规则：</translation>
    </message>
    <message>
        <source>Days it applies:</source>
        <translation>适用日期：</translation>
    </message>
    <message>
        <source>A sample:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>As members will read it:</source>
        <translation>会员看到的规则：</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save and submit for approval</source>
        <translation>保存并提交审批</translation>
    </message>
    <message>
        <source>Version %1 waits for approval: it cannot change until it is decided.</source>
        <translation>第 %1 版正在等待审批，审批完成前不能修改。</translation>
    </message>
    <message>
        <source>Version %1 is %2. Saving makes version %3, a draft; version %1 stays as it is until the new one is approved.</source>
        <translation>第 %1 版状态为“%2”。保存将生成第 %3 版草稿；新版本批准前，第 %1 版保持不变。</translation>
    </message>
    <message>
        <source>No day of the dates matches the schedule.</source>
        <translation>活动日期内没有符合设定的日子。</translation>
    </message>
    <message>
        <source>a first purchase of ¥%1</source>
        <translation>首次消费 ¥%1</translation>
    </message>
    <message>
        <source>a ¥%1 receipt</source>
        <translation>一笔 ¥%1 的消费</translation>
    </message>
    <message>
        <source>On %1, %2 (%3) from a %4 member earns %5 points; without the campaign %6.</source>
        <translation>%1，%4会员%2（%3）可得 %5 积分；无活动时为 %6 积分。</translation>
    </message>
    <message>
        <source>A member who joins on %1 receives %2 points.</source>
        <translation>%1 注册的会员获赠 %2 积分。</translation>
    </message>
    <message>
        <source>Choose the item and its sale price.</source>
        <translation>请选择商品并填写特惠价。</translation>
    </message>
    <message>
        <source>The programme&apos;s rules could not be read.</source>
        <translation>无法读取积分规则。</translation>
    </message>
    <message>
        <source>day: points, e.g. 3: 10, 7: 50</source>
        <translation>天数: 积分，如 3: 10, 7: 50</translation>
    </message>
    <message>
        <source>no cycle: the days keep counting</source>
        <translation>不循环：天数一直累计</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not for sale</source>
        <translation>不出售</translation>
    </message>
    <message>
        <source>no make-up check-ins</source>
        <translation>不能补签</translation>
    </message>
    <message>
        <source>one badge a line: CODE | name | rule | number [| scenario]
VISIT5 | 到店5次 | visits | 5
FUEL500 | 加油满500元 | spend | 500 | fuel
rules: visits, green, scenarios, spend (yuan), streak (check-ins in a row)</source>
        <translation>每行一枚勋章：编码 | 名称 | 规则 | 数值 [| 场景]
VISIT5 | 到店5次 | visits | 5
FUEL500 | 加油满500元 | spend | 500 | fuel
规则：visits（到店次数）、green（绿色消费次数）、scenarios（场景数）、spend（消费金额，元）、streak（连续签到天数）</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>不奖励积分</translation>
    </message>
    <message>
        <source>no prize</source>
        <translation>无奖品</translation>
    </message>
    <message>
        <source>Points a day:</source>
        <translation>每日积分：</translation>
    </message>
    <message>
        <source>Days in a row (bonus):</source>
        <translation>连续签到奖励：</translation>
    </message>
    <message>
        <source>Cycle (days):</source>
        <translation>循环周期（天）：</translation>
    </message>
    <message>
        <source>Free make-up cards a month:</source>
        <translation>每月免费补签卡：</translation>
    </message>
    <message>
        <source>Price of a further card (points):</source>
        <translation>额外补签卡价格（积分）：</translation>
    </message>
    <message>
        <source>Make-up reaches back (days):</source>
        <translation>可补签天数：</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>勋章：</translation>
    </message>
    <message>
        <source>Reward points for the set:</source>
        <translation>集齐奖励积分：</translation>
    </message>
    <message>
        <source>Prize for the set:</source>
        <translation>集齐奖品：</translation>
    </message>
    <message>
        <source>Write the badges, one a line.</source>
        <translation>请填写勋章，每行一枚。</translation>
    </message>
    <message>
        <source>A member completes the set with all of: %1.</source>
        <translation>会员须全部达成：%1。</translation>
    </message>
    <message>
        <source>A member who checks in every day for %1 days earns %2 points: %3 for the days and %4 in streak bonuses.</source>
        <translation>会员连续签到 %1 天共得 %2 积分：每日积分 %3，连续签到奖励 %4。</translation>
    </message>
    <message>
        <source>Day %1 in a row: %2 + %3 points</source>
        <translation>连续第 %1 天：%2 + %3 积分</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
</context>
<context>
    <name>pd::ui::CampaignFiguresDialog</name>
    <message>
        <source>Simulate %1 — %2</source>
        <translation>模拟 %1 — %2</translation>
    </message>
    <message>
        <source>Report of %1 — %2</source>
        <translation>%1 — %2 活动报告</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Replay the receipts of:</source>
        <translation>回放以下期间的小票：</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Nothing is written: the campaign is applied to what was really posted, as if it had been approved then, alone on top of the campaigns that really applied.</source>
        <translation>不会写入任何数据：假设该活动当时已获批准，在当时实际生效的活动之外单独叠加，应用于真实入账的小票。</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 receipts earned from it, %2 members reached, %3 extra points costing ¥%4.</source>
        <translation>%1 张小票获得活动积分，覆盖 %2 位会员，额外积分 %3，成本 ¥%4。</translation>
    </message>
    <message>
        <source>Its budget runs out on %1.</source>
        <translation>预算将于 %1 用完。</translation>
    </message>
    <message>
        <source>Participants spent ¥%1 a day in the campaign&apos;s days against ¥%2 on the same weekdays of the four weeks before: %3%4 %.</source>
        <translation>参与会员在活动日日均消费 ¥%1，活动前四周同星期日均 ¥%2：%3%4%。</translation>
    </message>
    <message>
        <source>Extra points per day</source>
        <translation>每日额外积分</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Extra points</source>
        <translation>额外积分</translation>
    </message>
</context>
<context>
    <name>pd::ui::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>提交审批(&amp;U)</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>新版本(&amp;V)</translation>
    </message>
    <message>
        <source>Si&amp;mulate…</source>
        <translation>模拟(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>reason, to reject or cancel</source>
        <translation>驳回或取消的原因</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>取消活动(&amp;C)…</translation>
    </message>
    <message>
        <source>Waiting for your approval (campaigns you wrote are decided by someone else):</source>
        <translation>等待您审批（您创建的活动由他人审批）：</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>请先在列表中选择一个活动。</translation>
    </message>
    <message>
        <source>%1 waits for approval by someone else.</source>
        <translation>%1 正在等待他人审批。</translation>
    </message>
    <message>
        <source>Choose a campaign waiting for approval first.</source>
        <translation>请先选择一个待审批的活动。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve %1 (%2), written by %3? From then on it changes points as members will read:

%4</source>
        <translation>批准 %1（%2，创建人 %3）吗？批准后将按会员看到的以下规则发放积分：

%4</translation>
    </message>
    <message>
        <source>%1 is approved.</source>
        <translation>%1 已批准。</translation>
    </message>
    <message>
        <source>%1 is rejected.</source>
        <translation>%1 已驳回。</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Stop %1 from now on? Points it already gave stay.</source>
        <translation>从现在起停止 %1 吗？已发放的积分保留。</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>Version %1 of %2 is a draft to change; version %3 stays as it is until the new one is approved.</source>
        <translation>%2 的第 %1 版为可修改的草稿；新版本批准前，第 %3 版保持不变。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CancelRedemptionPanel</name>
    <message>
        <source>number on the redemption slip</source>
        <translation>兑换凭条上的单号</translation>
    </message>
    <message>
        <source>all that is left</source>
        <translation>剩余全部</translation>
    </message>
    <message>
        <source>quality problem, service not delivered …</source>
        <translation>质量问题、服务未兑现……</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Confirm cancellation</source>
        <translation>确认取消兑换</translation>
    </message>
    <message>
        <source>Redemption no.:</source>
        <translation>兑换单号：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>件数：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Compensation points:</source>
        <translation>补偿积分：</translation>
    </message>
    <message>
        <source>Enter the number on the redemption slip.</source>
        <translation>请输入兑换凭条上的单号。</translation>
    </message>
    <message>
        <source>%1 × %2 (card %3): %4 points come back.</source>
        <translation>%1 件%2（卡号 %3）：将退回 %4 积分。</translation>
    </message>
    <message>
        <source>%1 points return to the lots they came from.</source>
        <translation>%1 积分回到原来的积分批次。</translation>
    </message>
    <message>
        <source>%1 points had expired meanwhile: they come back valid until %2.</source>
        <translation>%1 积分原批次已过期：退回后有效期至 %2。</translation>
    </message>
    <message>
        <source>%1 points repay what the member owes.</source>
        <translation>%1 积分用于抵还会员所欠积分。</translation>
    </message>
    <message>
        <source>Give back ¥%1 of cash.</source>
        <translation>请退还现金 ¥%1。</translation>
    </message>
    <message>
        <source>Say why the redemption is cancelled.</source>
        <translation>请说明取消兑换的原因。</translation>
    </message>
    <message>
        <source>Cancelled %1 × %2: %3 points given back. Balance now %4.</source>
        <translation>已取消 %1 件%2：退回 %3 积分。当前余额 %4。</translation>
    </message>
    <message>
        <source>Compensation of %1 points waits for approval.</source>
        <translation>%1 补偿积分待审批。</translation>
    </message>
    <message>
        <source>Compensation of %1 points given.</source>
        <translation>已发放 %1 补偿积分。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CatalogItemDialog</name>
    <message>
        <source>%1 is not a picture that can be read (%2).</source>
        <translation>%1 不是可读取的图片（%2）。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add a catalog item</source>
        <translation>新增兑换商品</translation>
    </message>
    <message>
        <source>e.g. LENS</source>
        <translation>例如 LENS</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>optional, in yuan</source>
        <translation>选填，单位：元</translation>
    </message>
    <message>
        <source>what the item is worth, in yuan</source>
        <translation>商品价值，单位：元</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Limit per member:</source>
        <translation>每人限兑：</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>所有会员</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source> days earlier for good credit</source>
        <translation> 天（信用良好会员提前）</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Points price:</source>
        <translation>所需积分：</translation>
    </message>
    <message>
        <source>+ cash (¥):</source>
        <translation>+ 现金（¥）：</translation>
    </message>
    <message>
        <source>Retail value (¥):</source>
        <translation>零售价值（¥）：</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>库存：</translation>
    </message>
    <message>
        <source>Who may redeem:</source>
        <translation>可兑换会员：</translation>
    </message>
    <message>
        <source>On offer:</source>
        <translation>兑换期：</translation>
    </message>
    <message>
        <source>Early access:</source>
        <translation>提前兑换：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>暂无图片</translation>
    </message>
    <message>
        <source>Enter the retail value: the catalog shows members what a point is worth in each item.</source>
        <translation>请填写零售价值：兑换目录会向会员说明每件商品中 1 积分值多少钱。</translation>
    </message>
    <message>
        <source>Members see: %1 points%2 for an item worth ¥%3 — one point is worth %4.</source>
        <translation>会员将看到：%1 积分%2 兑换价值 ¥%3 的商品——1 积分价值 %4。</translation>
    </message>
    <message>
        <source> + ¥%1</source>
        <translation> + ¥%1</translation>
    </message>
    <message>
        <source>Type the first day on offer as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写开始兑换日期。</translation>
    </message>
    <message>
        <source>Type the last day on offer as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写结束兑换日期。</translation>
    </message>
    <message>
        <source>The chain&apos;s own</source>
        <translation>连锁自有</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>提供方：</translation>
    </message>
</context>
<context>
    <name>pd::ui::CatalogPage</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>新增商品(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>兑换目录</translation>
    </message>
    <message>
        <source>No item chosen</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>暂无图片</translation>
    </message>
    <message>
        <source>%1 points%2 · worth ¥%3 · one point is worth %4</source>
        <translation>%1 积分%2 · 价值 ¥%3 · 1 积分价值 %4</translation>
    </message>
    <message>
        <source> + ¥%1</source>
        <translation> + ¥%1</translation>
    </message>
    <message>
        <source>Export catalog</source>
        <translation>导出兑换目录</translation>
    </message>
    <message>
        <source>%1 items written to %2.</source>
        <translation>已将 %1 件商品写入 %2。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CheckinCalendar</name>
    <message>
        <source>a streak bonus if the member comes every day</source>
        <translation>每天都来可得连续签到奖励</translation>
    </message>
    <message>
        <source>No check-in campaign runs this month.</source>
        <translation>本月没有签到活动。</translation>
    </message>
    <message>
        <source>+%1 points if the member comes every day until then</source>
        <translation>每天签到到这一天可得 +%1 积分</translation>
    </message>
    <message>
        <source>days in a row: %1</source>
        <translation>连续签到：%1 天</translation>
    </message>
    <message>
        <source>days to the next bonus (+%1): %2</source>
        <translation>距下次奖励（+%1）：%2 天</translation>
    </message>
    <message>
        <source>make-up cards left this month: %1 free, then %2 points a card</source>
        <translation>本月剩余补签卡：免费 %1 张，之后每张 %2 积分</translation>
    </message>
    <message>
        <source>make-up cards left this month: %1</source>
        <translation>本月剩余补签卡：%1 张</translation>
    </message>
</context>
<context>
    <name>pd::ui::CheckinPanel</name>
    <message>
        <source>Today, or a missed day to make up with a make-up card</source>
        <translation>今天，或用补签卡补签漏签的日子</translation>
    </message>
    <message>
        <source>No check-in campaign runs today.</source>
        <translation>今天没有签到活动。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Find the member first.</source>
        <translation>请先找到会员。</translation>
    </message>
    <message>
        <source>Type the day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChecksPanel</name>
    <message>
        <source>&amp;Run the checks</source>
        <translation>运行检查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open what it concerns</source>
        <translation>打开相关对象(&amp;O)</translation>
    </message>
    <message>
        <source>No findings: nothing to fix.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>How to fix it: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <source>%1 findings, %2 of them errors.</source>
        <translation>共 %1 条检查结果，其中 %2 条错误。</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>正在运行检查…</translation>
    </message>
</context>
<context>
    <name>pd::ui::CompliancePage</name>
    <message>
        <source>Checks</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <source>Personal data requests</source>
        <translation>个人信息申请</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>积分到期提醒</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>积分规则公示</translation>
    </message>
</context>
<context>
    <name>pd::ui::CounterPage</name>
    <message>
        <source>No member chosen.</source>
        <translation>尚未选择会员。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>number printed on the receipt</source>
        <translation>小票上打印的号码</translation>
    </message>
    <message>
        <source>of which eco goods, optional</source>
        <translation>其中绿色商品金额，选填</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Receipt no.:</source>
        <translation>小票号：</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>消费场景：</translation>
    </message>
    <message>
        <source>Green part (¥):</source>
        <translation>绿色商品（¥）：</translation>
    </message>
    <message>
        <source>Points to use:</source>
        <translation>使用积分抵扣：</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>number of the return slip</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <source>returned, in yuan</source>
        <translation>退货金额（元）</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation>确认退货</translation>
    </message>
    <message>
        <source>Return no.:</source>
        <translation>退货单号：</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <source>No member found for &quot;%1&quot;.</source>
        <translation>没有找到“%1”对应的会员。</translation>
    </message>
    <message>
        <source>%1 · card %2 · %3 · %4 points</source>
        <translation>%1 · 卡号 %2 · %3 · %4 积分</translation>
    </message>
    <message>
        <source> · owes %1 points</source>
        <translation> · 欠 %1 积分</translation>
    </message>
    <message>
        <source>Find the member first.</source>
        <translation>请先找到会员。</translation>
    </message>
    <message>
        <source>Enter the receipt number.</source>
        <translation>请输入小票号。</translation>
    </message>
    <message>
        <source>Points after this receipt: %1</source>
        <translation>本单后积分余额：%1</translation>
    </message>
    <message>
        <source>This receipt reaches the %1 tier.</source>
        <translation>本单后升级为%1。</translation>
    </message>
    <message>
        <source>Enter the receipt number, the return number and the amount.</source>
        <translation>请输入小票号、退货单号和金额。</translation>
    </message>
    <message>
        <source>Takes back %1 points; ¥%2 of the receipt can still be returned after this.</source>
        <translation>将扣回 %1 积分；此后该小票还可退 ¥%2。</translation>
    </message>
    <message>
        <source>The member will owe %1 points.</source>
        <translation>会员将欠 %1 积分。</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>保存积分凭条 PDF…</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>公益项目：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation>保存积分凭条</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation>凭条已保存到 %1。</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Cancel redemption</source>
        <translation>取消兑换</translation>
    </message>
    <message>
        <source>cash paid after the points, in yuan, e.g. 368.00</source>
        <translation>扣除积分抵扣后实收现金，单位元，如 368.00</translation>
    </message>
    <message>
        <source>Confirm receipt (Enter)</source>
        <translation>确认积分（回车）</translation>
    </message>
    <message>
        <source>Cash paid after points (¥):</source>
        <translation>积分抵扣后实付（¥）：</translation>
    </message>
    <message>
        <source>Thank you: %1 points donated to %2. Balance now %3 points.</source>
        <translation>感谢捐赠：已向%2捐出 %1 积分。当前余额 %3 积分。</translation>
    </message>
    <message>
        <source>Receipt %1 was already posted.</source>
        <translation>小票 %1 已经记过积分。</translation>
    </message>
    <message>
        <source>Bill ¥%1: %2 points pay ¥%3.</source>
        <translation>账单 ¥%1：%2 积分抵扣 ¥%3。</translation>
    </message>
    <message>
        <source>Cash to collect: ¥%1</source>
        <translation>应收现金：¥%1</translation>
    </message>
    <message>
        <source>Receipt %1 posted: %2 points earned, balance now %3 points.</source>
        <translation>小票 %1 已记 %2 积分，余额 %3 积分。</translation>
    </message>
    <message>
        <source>%1 points paid ¥%2; ¥%3 collected in cash.</source>
        <translation>%1 积分抵扣 ¥%2；实收现金 ¥%3。</translation>
    </message>
    <message>
        <source>Return %1 was already posted.</source>
        <translation>退货单 %1 已经处理过。</translation>
    </message>
    <message>
        <source>Return %1 posted: %2 points taken back.</source>
        <translation>退货单 %1 已处理：扣回 %2 积分。</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>积分捐赠</translation>
    </message>
    <message>
        <source>Find a slip</source>
        <translation>查单据</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>打印凭条…</translation>
    </message>
    <message>
        <source>Slip %1</source>
        <translation>凭条 %1</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation>凭条已发送到打印机。</translation>
    </message>
    <message>
        <source>Card, mobile, name or pinyin initials — then Enter (F2 comes back here)</source>
        <translation>卡号、手机号、姓名或拼音首字母——输入后按回车（F2 随时回到这里）</translation>
    </message>
    <message>
        <source>The connection to the server broke while receipt %1 was being saved. It had been saved: %2 points earned. It was not posted twice.</source>
        <translation>小票 %1 保存时与服务器的连接中断了。它已经记入：获得 %2 积分。没有重复记入。</translation>
    </message>
    <message>
        <source>The connection to the server broke and was opened again.</source>
        <translation>与服务器的连接曾中断，已重新连接。</translation>
    </message>
    <message>
        <source>The connection to the server broke while return %1 was being saved. It had been saved: %2 points taken back. It was not posted twice.</source>
        <translation>退货 %1 保存时与服务器的连接中断了。它已经处理：扣回 %2 积分。没有重复处理。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardCharts</name>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Clawed back</source>
        <translation>退货扣回</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>未用积分</translation>
    </message>
    <message>
        <source>%1 (to %2): %3 points, ¥%4</source>
        <translation>%1（截至 %2）：%3 积分，¥%4</translation>
    </message>
    <message>
        <source>%1: %2 points, ¥%3</source>
        <translation>%1：%2 积分，¥%3</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Points issued, used, expired and clawed back</source>
        <translation>积分的发放、使用、过期与扣回</translation>
    </message>
    <message>
        <source>Open points at each month&apos;s end</source>
        <translation>各月末的未用积分</translation>
    </message>
    <message>
        <source>Open points by the store they were earned at</source>
        <translation>按获得门店统计的未用积分</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>各等级会员人数</translation>
    </message>
    <message>
        <source>%1: %2 points, %3</source>
        <translation>%1：%2 积分，%3</translation>
    </message>
    <message>
        <source>Points earned per scenario and partner merchant</source>
        <translation>各消费场景与合作商户发放的积分</translation>
    </message>
    <message>
        <source>Points redeemed per catalog category</source>
        <translation>各兑换类别使用的积分</translation>
    </message>
    <message>
        <source>%1 receipts</source>
        <translation>%1 张小票</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Extra points of each campaign</source>
        <translation>各活动额外发放的积分</translation>
    </message>
    <message>
        <source>Up a tier</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Down a tier</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>%1, %2: %3 members</source>
        <translation>%1，%2：%3 位会员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Members moving up or down a tier, by month</source>
        <translation>每月会员等级升降</translation>
    </message>
    <message>
        <source>%1 check-ins or prizes</source>
        <translation>%1 次签到或奖品</translation>
    </message>
    <message>
        <source>participants&apos; spend per day %1 % against the four weeks before</source>
        <translation>参与会员日均消费较活动前四周变化 %1 %</translation>
    </message>
    <message>
        <source>no spend before to compare with</source>
        <translation>活动前无消费可比</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>pd::ui::DateField</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>pd::ui::FirstRunDialog</name>
    <message>
        <source>PointsDesk — first start</source>
        <translation>积分管家——首次使用</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds stores and the accounts of the staff.</source>
        <translation>该数据库还没有用户。请先创建管理员账号；之后由管理员添加门店和员工账号。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>The file&apos;s first line names its columns: %1. UTF-8 and GB18030 (a CSV saved by Excel or WPS on a Chinese PC) are both read. Importing the same file again adds nothing twice.</source>
        <translation>文件第一行写列名：%1。可读取 UTF-8 和 GB18030（中文电脑上 Excel 或 WPS 保存的 CSV）。同一文件再次导入不会重复添加。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Tell from the file</source>
        <translation>根据文件自动识别</translation>
    </message>
    <message>
        <source>GB18030 (Excel or WPS on a Chinese PC)</source>
        <translation>GB18030（中文电脑上的 Excel 或 WPS）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The first rows, under the columns they fill:</source>
        <translation>前几行（按所填的列显示）：</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>已读取 %1 行…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already present, %4 rejected.</source>
        <translation>新增 %1 条，更新 %2 条，已存在 %3 条，拒绝 %4 条。</translation>
    </message>
    <message>
        <source>%1 added, %2 already present, %3 rejected.</source>
        <translation>新增 %1 条，已存在 %2 条，拒绝 %3 条。</translation>
    </message>
    <message>
        <source>Cancelled: what was committed stays; import the file again to add the rest.</source>
        <translation>已取消：已提交的数据保留；再次导入该文件即可补上其余部分。</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 rejected rows written to %2.</source>
        <translation>已将 %1 条被拒绝的行写入 %2。</translation>
    </message>
</context>
<context>
    <name>pd::ui::InsightsPage</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Open points (liability)</source>
        <translation>未用积分（负债）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Breakage (expired ÷ issued)</source>
        <translation>过期率（过期 ÷ 发放）</translation>
    </message>
    <message>
        <source>Redemption rate (used ÷ issued)</source>
        <translation>使用率（使用 ÷ 发放）</translation>
    </message>
    <message>
        <source>Active members (a receipt in 90 days)</source>
        <translation>活跃会员（90 天内有消费）</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Points over time</source>
        <translation>积分趋势</translation>
    </message>
    <message>
        <source>Liability by month</source>
        <translation>每月负债</translation>
    </message>
    <message>
        <source>Liability by store</source>
        <translation>各门店负债</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>保存数据为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Type the days as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>%1 to %2, %3.</source>
        <translation>%1 至 %2，%3。</translation>
    </message>
    <message>
        <source>worth ¥%1 on %2</source>
        <translation>%2 价值 ¥%1</translation>
    </message>
    <message>
        <source>of them %1 for green goods</source>
        <translation>其中绿色商品 %1</translation>
    </message>
    <message>
        <source>clawed back for returns: %1</source>
        <translation>退货扣回：%1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>The figures could not be written to %1.</source>
        <translation>无法写入数据文件 %1。</translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation>保存图表为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Partner se&amp;ttlement…</source>
        <translation>合作商户结算(&amp;T)…</translation>
    </message>
    <message>
        <source>Earning by scenario</source>
        <translation>按场景积分</translation>
    </message>
    <message>
        <source>Redemptions by category</source>
        <translation>按类别兑换</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Tier moves</source>
        <translation>等级变动</translation>
    </message>
</context>
<context>
    <name>pd::ui::LockDialog</name>
    <message>
        <source>PointsDesk — locked</source>
        <translation>积分管家 — 已锁定</translation>
    </message>
    <message>
        <source>This desk was locked after a while without use.
%1 (%2), enter your password to go on where you left off.</source>
        <translation>此电脑因一段时间无人使用已锁定。
%1（%2），请输入密码，从离开处继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Someone else logs in…</source>
        <translation>换人登录(&amp;S)…</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>pd::ui::LoginDialog</name>
    <message>
        <source>PointsDesk — log in</source>
        <translation>积分管家——登录</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo database — try any role:</source>
        <translation>演示数据库——可用以下任一角色登录：</translation>
    </message>
    <message>
        <source>PointsDesk — consumer points back office</source>
        <translation>积分管家——消费积分管理后台</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>PointsDesk — consumer points back office</source>
        <translation>积分管家——消费积分管理后台</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PointsDesk</source>
        <translation>关于积分管家(&amp;A)</translation>
    </message>
    <message>
        <source>About PointsDesk</source>
        <translation>关于积分管家</translation>
    </message>
    <message>
        <source>PointsDesk %1 — the back office of a consumer points programme.</source>
        <translation>积分管家 %1——消费积分计划的后台管理系统。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>前台收银</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>积分计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Expiry run…</source>
        <translation>积分过期处理(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Tier review…</source>
        <translation>等级复核(&amp;T)…</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>兑换目录</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation>门店(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>会员(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>小票(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;turns…</source>
        <translation>退货(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Check-ins…</source>
        <translation>签到(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;atalog…</source>
        <translation>兑换目录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Member lists</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>已加密（%1）</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberDetailDialog</name>
    <message>
        <source>Points of %1 (card %2)</source>
        <translation>%1 的积分（卡号 %2）</translation>
    </message>
    <message>
        <source>Points left</source>
        <translation>剩余积分</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得日期</translation>
    </message>
    <message>
        <source>Usable until</source>
        <translation>可用至</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; points · tier &lt;b&gt;%2&lt;/b&gt; · %3 green points so far</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 积分 · 等级 &lt;b&gt;%2&lt;/b&gt; · 累计绿色积分 %3</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#b3261e&quot;&gt;owes %1 points&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#b3261e&quot;&gt;欠 %1 积分&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Top tier</source>
        <translation>已是最高等级</translation>
    </message>
    <message>
        <source>¥%1 of ¥%2 spent in 12 months toward %3</source>
        <translation>近 12 个月已消费 ¥%1，达到 ¥%2 可升%3</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>保存对账单 PDF…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Points by expiry</source>
        <translation>按到期日</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>保存对账单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. %2</source>
        <translation>已保存 %1。%2</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>勋章</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Statement %1 %2</source>
        <translation>积分对账单 %1 %2</translation>
    </message>
    <message>
        <source>Perks of the tier: %1</source>
        <translation>等级权益：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberDialog</name>
    <message>
        <source>Edit member %1</source>
        <translation>修改会员 %1</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>登记新会员</translation>
    </message>
    <message>
        <source>printed on the card, e.g. 8000012345</source>
        <translation>印在会员卡上，例如 8000012345</translation>
    </message>
    <message>
        <source>e.g. 张三</source>
        <translation>例如 张三</translation>
    </message>
    <message>
        <source>%1 — leave empty to keep</source>
        <translation>%1——留空则不变</translation>
    </message>
    <message>
        <source>11 digits, e.g. 13812345678</source>
        <translation>11 位数字，例如 13812345678</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Agrees to receive marketing messages</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>卡号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>入会日期：</translation>
    </message>
    <message>
        <source>Home store:</source>
        <translation>归属门店：</translation>
    </message>
    <message>
        <source>Credit standing:</source>
        <translation>信用等级：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>pd::ui::MemberListsPage</name>
    <message>
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Only members who accept marketing</source>
        <translation>只看同意接收营销信息的会员</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Home store:</source>
        <translation>所属门店：</translation>
    </message>
    <message>
        <source>Type the day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s).</source>
        <translation>
            <numerusform>共 %Ln 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出名单</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %Ln member(s).</source>
        <translation>
            <numerusform>文件将包含 %Ln 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export?</source>
        <translation>是否导出？</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list… the first %n member(s) are shown; the list is sorted when it is complete.</source>
        <translation>
            <numerusform>正在读取名单……已显示前 %n 位会员，读完后按顺序排列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %Ln member(s): a marketing list holds only those who accept marketing.</source>
        <translation>
            <numerusform>文件将包含 %Ln 位会员：营销名单只含同意接收营销信息的会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) written to %1.</source>
        <translation>
            <numerusform>已将 %Ln 位会员写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln member(s)…</source>
        <translation>
            <numerusform>正在为 %Ln 位会员排序……</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MembersPage</name>
    <message>
        <source>Card number, mobile, name or pinyin initials (zs finds 张三)</source>
        <translation>卡号、手机号、姓名或拼音首字母（输入 zs 可找到 张三）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>登记会员(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Close membership…</source>
        <translation>注销会员…</translation>
    </message>
    <message>
        <source>Show &amp;mobile</source>
        <translation>查看手机号(&amp;M)</translation>
    </message>
    <message>
        <source>%1 members shown, more as you scroll</source>
        <translation>已显示 %1 位会员，向下滚动加载更多</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>共 %n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Close membership</source>
        <translation>注销会员</translation>
    </message>
    <message>
        <source>Close the membership of %1 (card %2)? A closed membership cannot be reopened.</source>
        <translation>确定注销 %1（卡号 %2）的会员资格吗？注销后不能恢复。</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Poi&amp;nts…</source>
        <translation>积分(&amp;N)…</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>The whole list sorts by card number or name. Search or filter first to sort by &quot;%1&quot;.</source>
        <translation>全部会员列表只能按卡号或姓名排序。请先搜索或筛选，再按“%1”排序。</translation>
    </message>
    <message>
        <source>Free&amp;ze</source>
        <translation>冻结(&amp;Z)</translation>
    </message>
    <message>
        <source>Unfree&amp;ze</source>
        <translation>解除冻结(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>pd::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from your next login.</source>
        <translation>密码已修改。下次登录请使用新密码。</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>设置自己的密码</translation>
    </message>
    <message>
        <source>%1, your password was given to you by an administrator or printed with the demo. Choose one only you know before you go on (Cancel logs out).</source>
        <translation>%1，您现在的密码是管理员给您的或随演示数据打印的。请先设置一个只有您知道的密码再继续（取消则退出登录）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonalDataPanel</name>
    <message>
        <source>Log a request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>A copy of their data</source>
        <translation>获取个人信息副本</translation>
    </message>
    <message>
        <source>Erasure of their personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation>登记(&amp;L)</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>卡号：</translation>
    </message>
    <message>
        <source>Asks for:</source>
        <translation>申请事项：</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Requests (the law allows %1 days to answer; open ones first):</source>
        <translation>申请记录（法定 %1 天内答复；待处理的在前）：</translation>
    </message>
    <message>
        <source>the reason, for an erasure or a refusal (the member is told it; write no names)</source>
        <translation>删除或拒绝的原因（会告知会员；请勿写入姓名）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>删除(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>拒绝(&amp;F)…</translation>
    </message>
    <message>
        <source>Write the day the request was received as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写收到申请的日期。</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>The request of card %1 (%2) is logged; it is due within %3 days of %4.</source>
        <translation>卡号 %1 的申请（%2）已登记；须在 %4 起 %3 天内答复。</translation>
    </message>
    <message>
        <source>Save a copy of the member&apos;s data</source>
        <translation>保存会员个人信息副本</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The data of card %1 was saved to %2, readable by you only. Hand it to the member; the request is answered.</source>
        <translation>卡号 %1 的个人信息已保存到 %2，仅您本人可读。请交给会员；该申请已办结。</translation>
    </message>
    <message>
        <source>Write the reason in the Reason field first: it is kept with the request and the member is told it.</source>
        <translation>请先在“原因”栏填写原因：原因与申请一并保存，并会告知会员。</translation>
    </message>
    <message>
        <source>Erase the personal data of card %1? Name, mobile and email are removed for good and marketing consent is withdrawn; the card, its points and its history stay.
Reason: %2</source>
        <translation>删除卡号 %1 的个人信息？姓名、手机号和邮箱将被永久删除，营销授权一并撤回；卡号、积分和记录保留。
原因：%2</translation>
    </message>
    <message>
        <source>The personal data of card %1 was erased; its points and history stay.</source>
        <translation>卡号 %1 的个人信息已删除；积分和记录保留。</translation>
    </message>
    <message>
        <source>Refuse the request of card %1 (%2)? The member is told this reason: %3</source>
        <translation>拒绝卡号 %1 的申请（%2）？将告知会员的原因：%3</translation>
    </message>
    <message>
        <source>The request of card %1 was refused.</source>
        <translation>卡号 %1 的申请已拒绝。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PrizeBar</name>
    <message>
        <source>Hand over the prize</source>
        <translation>发放奖品</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Prize waiting: %1</source>
        <translation>待领取奖品：%1</translation>
    </message>
    <message>
        <source>Prize %1 handed over.</source>
        <translation>奖品 %1 已发放。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProgrammePage</name>
    <message>
        <source>Earning rates</source>
        <translation>积分比例</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Save tiers</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <source>Validity and approvals</source>
        <translation>有效期与审批</translation>
    </message>
    <message>
        <source>Points expire:</source>
        <translation>积分有效期：</translation>
    </message>
    <message>
        <source>Adjustments above this need approval:</source>
        <translation>调整超过此数需审批：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>e.g. 流浪动物救助</source>
        <translation>例如 流浪动物救助</translation>
    </message>
    <message>
        <source>At the end of the following year (annual)</source>
        <translation>次年年底到期（年度）</translation>
    </message>
    <message>
        <source>After a number of months (rolling)</source>
        <translation>按月数滚动到期（滚动）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Charity projects</source>
        <translation>公益项目（积分捐赠）</translation>
    </message>
    <message>
        <source> fen</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> points per ¥100</source>
        <translation> 积分 / 每 ¥100</translation>
    </message>
    <message>
        <source>One point is worth:</source>
        <translation>每 1 积分价值：</translation>
    </message>
    <message>
        <source>Green goods earn in addition:</source>
        <translation>绿色商品另外获得：</translation>
    </message>
    <message>
        <source>Chain&apos;s name:</source>
        <translation>连锁名称：</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> 分钟无人使用</translation>
    </message>
    <message>
        <source>Desks lock themselves after:</source>
        <translation>前台电脑自动锁定：</translation>
    </message>
    <message>
        <source>New scenario or partner…</source>
        <translation>新增消费场景或合作商户…</translation>
    </message>
    <message>
        <source>Save rates and names</source>
        <translation>保存比例和名称</translation>
    </message>
</context>
<context>
    <name>pd::ui::RedemptionPanel</name>
    <message>
        <source>Confirm redemption</source>
        <translation>确认兑换</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>保存兑换凭条 PDF…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Redemption no.:</source>
        <translation>兑换单号：</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 积分</translation>
    </message>
    <message>
        <source> + ¥%1</source>
        <translation> + ¥%1</translation>
    </message>
    <message>
        <source>Find the member first.</source>
        <translation>请先找到会员。</translation>
    </message>
    <message>
        <source>There is nothing on offer in the catalog.</source>
        <translation>兑换目录中暂无可兑换商品。</translation>
    </message>
    <message>
        <source>%1 × %2: %3 points</source>
        <translation>%1 件%2：%3 积分</translation>
    </message>
    <message>
        <source>Good-credit price: %1 instead of %2 points each.</source>
        <translation>信用良好会员价：每件 %1 积分（原价 %2 积分）。</translation>
    </message>
    <message>
        <source>Plus ¥%1 to pay in cash.</source>
        <translation>另需现金支付 ¥%1。</translation>
    </message>
    <message>
        <source>Points after this: %1</source>
        <translation>兑换后积分余额：%1</translation>
    </message>
    <message>
        <source>%1 left in stock after this.</source>
        <translation>兑换后剩余库存 %1 件。</translation>
    </message>
    <message>
        <source> and ¥%1 cash</source>
        <translation>，另付现金 ¥%1</translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation>保存兑换凭条</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation>凭条已保存到 %1。</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>暂无图片</translation>
    </message>
    <message>
        <source>Next redemption</source>
        <translation>下一笔兑换</translation>
    </message>
    <message>
        <source>Redemption %1 was already made.</source>
        <translation>兑换单 %1 已经兑换过。</translation>
    </message>
    <message>
        <source>Redemption %1 made: %2 × %3 for %4 points%5. Balance now %6 points.</source>
        <translation>兑换单 %1 已完成：%2 件%3，用 %4 积分%5。余额 %6 积分。</translation>
    </message>
    <message>
        <source>Find an item: name, code or pinyin initials</source>
        <translation>查找商品：名称、编码或拼音首字母</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source> (not today: %1)</source>
        <translation>（今日不可兑换：%1）</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3 points each.</source>
        <translation>%1：每件 %2 积分，原价 %3 积分。</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>打印凭条…</translation>
    </message>
    <message>
        <source>Slip %1</source>
        <translation>凭条 %1</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation>凭条已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RemindersPanel</name>
    <message>
        <source>Members whose points expire within %1 days are reminded once: by SMS when they consented to marketing and have a mobile. Those who could not be reminded are listed below, with why.</source>
        <translation>积分将在 %1 天内到期的会员只提醒一次：已同意营销且有手机号的发送短信。无法提醒的会员及原因列在下方。</translation>
    </message>
    <message>
        <source>&amp;Remind…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save the SMS file…</source>
        <translation>保存短信文件(&amp;S)…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写日期。</translation>
    </message>
    <message>
        <source>No reminders as of %1 yet.</source>
        <translation>截至 %1 尚无提醒。</translation>
    </message>
    <message>
        <source>As of %1: %2 members reminded by SMS; %3 without marketing consent and %4 without a mobile could not be (%5 points expiring in all).</source>
        <translation>截至 %1：%2 位会员已通过短信提醒；%3 位未同意营销、%4 位没有手机号，无法提醒（共 %5 积分即将到期）。</translation>
    </message>
    <message>
        <source>Save the SMS gateway file</source>
        <translation>保存短信网关文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>积分到期提醒</translation>
    </message>
    <message>
        <source>%1 messages written to %2, readable by you only. Send it through the SMS gateway, then delete it.</source>
        <translation>%1 条短信已写入 %2，仅您本人可读。请通过短信网关发送，然后删除该文件。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RulesPanel</name>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF…(&amp;P)</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>保存 HTML…(&amp;H)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Text of a section</source>
        <translation>章节说明</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>What members should read in this section besides the generated rules (who runs the programme, where to ask, …)</source>
        <translation>除自动生成的规则外，会员应在本章节读到的内容（运营方、咨询渠道等）</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>保存说明(&amp;T)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save the live rules as a &amp;new version</source>
        <translation>将当前规则保存为新版本(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;ublish the version shown…</source>
        <translation>发布所示版本…(&amp;U)</translation>
    </message>
    <message>
        <source>Takes effect on:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Live configuration (not saved)</source>
        <translation>当前配置（未保存）</translation>
    </message>
    <message>
        <source>(nothing: the whole document)</source>
        <translation>（不对比：显示全文）</translation>
    </message>
    <message>
        <source>Version %1 — in force from %2</source>
        <translation>第 %1 版 — 自 %2 起生效</translation>
    </message>
    <message>
        <source>Version %1 — not published</source>
        <translation>第 %1 版 — 未发布</translation>
    </message>
    <message>
        <source>Live configuration</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <source>Programme rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; is saved in the live rules; save a new version to publish it.</source>
        <translation>“%1”的说明已保存到当前规则；保存新版本后即可发布。</translation>
    </message>
    <message>
        <source>Version %1 is saved. Choose the day it takes effect and publish it.</source>
        <translation>第 %1 版已保存。请选择生效日期并发布。</translation>
    </message>
    <message>
        <source>Show a saved version and write the day it takes effect as YYYY-MM-DD.</source>
        <translation>请显示一个已保存的版本，并按 YYYY-MM-DD 填写生效日期。</translation>
    </message>
    <message>
        <source>Publish version %1, in force from %2? Members read it from then on; it cannot be changed afterwards.</source>
        <translation>发布第 %1 版，自 %2 起生效？会员届时将看到该版本；发布后不能再修改。</translation>
    </message>
    <message>
        <source>Version %1 is published: in force from %2.</source>
        <translation>第 %1 版已发布，自 %2 起生效。</translation>
    </message>
    <message>
        <source>Save the programme rules</source>
        <translation>保存积分规则</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ScenarioDialog</name>
    <message>
        <source>New scenario or partner merchant</source>
        <translation>新增消费场景或合作商户</translation>
    </message>
    <message>
        <source>A kind of purchase (scenario)</source>
        <translation>一种消费（消费场景）</translation>
    </message>
    <message>
        <source>A partner merchant</source>
        <translation>合作商户</translation>
    </message>
    <message>
        <source>lower-case letters, digits, _ (as in receipt files)</source>
        <translation>小写字母、数字或 _（与小票文件一致）</translation>
    </message>
    <message>
        <source> points per ¥100</source>
        <translation> 积分 / 每 ¥100</translation>
    </message>
    <message>
        <source>Receipts at the partner&apos;s stores name it as partner:CODE. Link its stores on the Stores screen (Kind); its items in the catalog; it is settled every month.</source>
        <translation>合作商户门店的小票以 partner:代码 记录。请在“门店”页面（类型）关联它的门店，在兑换目录中关联它的商品；每月与它结算。</translation>
    </message>
    <message>
        <source>Receipts name the scenario by its code; campaigns and badges can be limited to it.</source>
        <translation>小票以代码注明消费场景；活动和徽章可限定于该场景。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Earns:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettlementDialog</name>
    <message>
        <source>Partner settlement</source>
        <translation>合作商户结算</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1（至今）</translation>
    </message>
    <message>
        <source>Partner merchant</source>
        <translation>合作商户</translation>
    </message>
    <message>
        <source>Given at its stores</source>
        <translation>其门店发放</translation>
    </message>
    <message>
        <source>Taken back for returns</source>
        <translation>退货收回</translation>
    </message>
    <message>
        <source>Paid with points at its tills</source>
        <translation>其收银台抵现</translation>
    </message>
    <message>
        <source>Its items redeemed</source>
        <translation>其商品被兑换</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Net points</source>
        <translation>净积分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应付方向</translation>
    </message>
    <message>
        <source>Its stores</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>保存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Reading the month…</source>
        <translation>正在读取该月数据…</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1（%2 件）</translation>
    </message>
    <message>
        <source>to the chain</source>
        <translation>合作商户付连锁</translation>
    </message>
    <message>
        <source>to the partner</source>
        <translation>连锁付合作商户</translation>
    </message>
    <message>
        <source>No store or item belongs to a partner merchant: there is nothing to settle. A store&apos;s partner code is set on the stores screen, an item&apos;s partner in the catalog.</source>
        <translation>没有门店或商品属于合作商户，无需结算。门店的合作商户代码在“门店”页设置，商品的提供方在兑换目录中设置。</translation>
    </message>
    <message>
        <source>%1, one point worth ¥%2. Points given at a partner&apos;s stores are owed to the chain; points spent with the partner are owed to it.</source>
        <translation>%1，每 1 积分价值 ¥%2。合作商户门店发放的积分应付连锁；会员在合作商户处使用的积分由连锁支付给合作商户。</translation>
    </message>
    <message>
        <source>Save settlement</source>
        <translation>保存结算单</translation>
    </message>
    <message>
        <source>The settlement could not be written to %1.</source>
        <translation>结算单无法写入 %1。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Partner settlement %1</source>
        <translation>合作商户积分结算 %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::SlipLookupPanel</name>
    <message>
        <source>Receipt, return or redemption number</source>
        <translation>小票号、退货单号或兑换单号</translation>
    </message>
    <message>
        <source>Fin&amp;d slip</source>
        <translation>查找(&amp;D)</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>门店：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>No receipt, return or redemption %1 at %2.</source>
        <translation>%2 没有号码为 %1 的小票、退货单或兑换单。</translation>
    </message>
</context>
<context>
    <name>pd::ui::StoreDialog</name>
    <message>
        <source>Edit store %1</source>
        <translation>修改门店 %1</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>新增门店</translation>
    </message>
    <message>
        <source>Own store</source>
        <translation>自营门店</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>合作商户：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::StoresPage</name>
    <message>
        <source>&amp;Add store…</source>
        <translation>新增门店(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>门店</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>(none: every store)</source>
        <translation>（无：适用所有门店）</translation>
    </message>
    <message>
        <source>Home store:</source>
        <translation>所属门店：</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>设置新密码(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>设为所选角色(&amp;R)</translation>
    </message>
    <message>
        <source>(none: every store)</source>
        <translation>（无：适用所有门店）</translation>
    </message>
    <message>
        <source>Set home &amp;store</source>
        <translation>设置所属门店(&amp;S)</translation>
    </message>
</context>
</TS>
