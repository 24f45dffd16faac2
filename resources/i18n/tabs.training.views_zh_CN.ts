<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ProbabilityView</name>
    <message>
      <source>probability</source>
      <translation>概率</translation>
    </message>
    <message>
      <source>digit</source>
      <translation>数字</translation>
    </message>
    <message>
      <source>green: the true digit · red: the network's answer</source>
      <translation>绿色：正确的数字 · 红色：网络的回答</translation>
    </message>
  </context>
</TS>