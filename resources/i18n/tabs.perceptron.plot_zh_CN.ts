<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>DecisionLine</name>
    <message>
      <source>The line is outside the plot: drag this grip to bring it back.</source>
      <translation>直线在图外：拖动这个手柄把它拉回来。</translation>
    </message>
  </context>
  <context>
    <name>GatePlot</name>
    <message>
      <source>target 0</source>
      <translation>目标 0</translation>
    </message>
    <message>
      <source>target 1</source>
      <translation>目标 1</translation>
    </message>
    <message>
      <source>s1 = NAND</source>
      <translation>s1 = 与非门</translation>
    </message>
    <message>
      <source>s2 = OR</source>
      <translation>s2 = 或门</translation>
    </message>
  </context>
</TS>