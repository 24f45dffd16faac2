<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Input channels c = 0, 1, 2</source>
        <translation>输入的通道 c = 0, 1, 2</translation>
    </message>
    <message>
        <source>Filter {0}, channel c</source>
        <translation>滤波器 {0} 的通道 c</translation>
    </message>
    <message>
        <source>Filter {0} on channel c</source>
        <translation>滤波器 {0} 作用于通道 c</translation>
    </message>
    <message>
        <source>The filter does not fit this padding and stride.</source>
        <translation>在这个填充和步幅下，滤波器放不进输入。</translation>
    </message>
    <message>
        <source>Input (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ filters (FN, C, FH, FW) = ({4}, {1}, {5}, {6}) → output (N, FN, OH, OW) = ({0}, {4}, {7}, {8}).&lt;br&gt;A filter has as many channels as the input. Each channel of the filter slides over its own input channel; the results are added, plus the bias: one map per filter, so FN filters make FN maps.</source>
        <translation>输入 (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ 滤波器 (FN, C, FH, FW) = ({4}, {1}, {5}, {6}) → 输出 (N, FN, OH, OW) = ({0}, {4}, {7}, {8})。&lt;br&gt;滤波器的通道数与输入的通道数相同。滤波器的每个通道在对应的输入通道上滑动；结果相加，再加上偏置：每个滤波器得到一张特征图，所以 FN 个滤波器得到 FN 张特征图。</translation>
    </message>
    <message>
        <source>sum over c + b{0} ({1:g}) =</source>
        <translation>对 c 求和 + b{0}（{1:g}）=</translation>
    </message>
</context>
</TS>
