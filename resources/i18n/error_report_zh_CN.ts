<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>error_report</name>
    <message>
      <source>the log could not be written ({0})</source>
      <translation>日志无法写入（{0}）</translation>
    </message>
    <message>
      <source>{0} more errors happened since; all are in the log.</source>
      <translation>此后又发生了 {0} 个错误，都已记入日志。</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <source>nnviz met an unexpected error; what you just did may not have finished. Everything else still works.

{0}

The details are in {1} (Help ▸ Open log folder).</source>
      <translation>nnviz 遇到了一个意外错误，刚才的操作可能没有完成。其他功能仍可正常使用。

{0}

详细信息见 {1}（帮助 ▸ 打开日志文件夹）。</translation>
    </message>
    <message>
      <source>Log folder</source>
      <translation>日志文件夹</translation>
    </message>
    <message>
      <source>nnviz writes its log to:
{0}</source>
      <translation>nnviz 的日志写在：
{0}</translation>
    </message>
  </context>
</TS>